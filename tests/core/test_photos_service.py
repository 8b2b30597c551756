"""Photos into a post: the media pipeline on real files, Photo rows, duplicates, refusals one by one,
pasted image data, cancelling, crops, and the `opdstudio media import` command."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func
from sqlmodel import select

from opdstudio.cli import build_parser, main
from opdstudio.core.domain.models import Photo
from opdstudio.core.services import photos
from opdstudio.core.storage.database import Database
from tests.core.media.samples import camera_exif, quadrants


def _jpeg(path: Path, **exif: Any) -> Path:
    quadrants((480, 320)).save(path, "JPEG", exif=camera_exif(**exif).tobytes())
    return path


def test_a_batch_imports_the_good_files_and_refuses_the_bad_one_by_one(
    db: Database, world: Any, tmp_path: Path
) -> None:
    gps = _jpeg(tmp_path / "IMG_0001.jpg", gps=True, taken="2025:05:12 09:41:00")
    png = tmp_path / "spanduk.png"
    quadrants((300, 300)).save(png)
    fake = tmp_path / "bukan-foto.jpg"
    fake.write_text("ini teks, bukan gambar")
    seen: list[tuple[int, int, str]] = []
    results = photos.import_files(db, world.admin, [gps, fake, png], progress=lambda *a: seen.append(a))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].message == "Berkas ini bukan gambar, walaupun namanya seperti gambar."
    assert results[1].message_en.startswith("This file is not an image")
    assert sorted(done for done, _total, _name in seen) == [1, 2, 3]
    first = results[0].photo
    assert first is not None and first.has_gps and (first.width, first.height) == (480, 320)
    assert first.taken_at == datetime(2025, 5, 12, 2, 41, tzinfo=UTC)  # no offset recorded: local WIB
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Photo)).one() == 2
        row = s.exec(select(Photo).where(Photo.sha256 == first.sha256)).one()
        assert (row.imported_by_id, row.original_name) == (world.admin, "IMG_0001.jpg")


def test_importing_the_same_photo_twice_is_detected(db: Database, world: Any, tmp_path: Path) -> None:
    original = _jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "salinan.jpg"
    copy.write_bytes(original.read_bytes())
    [first] = photos.import_files(db, world.admin, [original])
    [again] = photos.import_files(db, world.admin, [copy])
    assert not first.duplicate and again.duplicate
    assert first.photo is not None and again.photo is not None
    assert again.photo.photo_id == first.photo.photo_id
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Photo)).one() == 1


def test_pasted_image_data_is_imported(db: Database, world: Any) -> None:
    data = io.BytesIO()
    quadrants((200, 120)).save(data, "PNG")
    [result] = photos.import_image_data(db, world.admin, data.getvalue(), "tempel.png")
    assert result.ok and result.photo is not None and result.photo.original_name == "tempel.png"
    assert photos.rendition_file(photos.media_store(db), result.photo.sha256, photos.THUMB_RENDITION) is not None


def test_a_cancelled_import_refuses_the_files_not_started(db: Database, world: Any, tmp_path: Path) -> None:
    files = [_jpeg(tmp_path / f"{i}.jpg") for i in range(3)]
    results = photos.import_files(db, world.admin, files, cancelled=lambda: True)
    assert [r.ok for r in results] == [False, False, False]
    assert results[0].message == "Impor dibatalkan sebelum berkas ini diproses."


def test_a_chosen_crop_gets_its_own_renditions(db: Database, world: Any, tmp_path: Path) -> None:
    [result] = photos.import_files(db, world.admin, [_jpeg(tmp_path / "a.jpg")])
    assert result.photo is not None
    store, sha = photos.media_store(db), result.photo.sha256
    crop = {"x": 0.0, "y": 0.0, "w": 0.5, "h": 1.0}
    assert photos.rendition_file(store, sha, "instagram_square", crop) is None
    made = {r.name: r for r in photos.render_crop(db, sha, crop)}
    path = photos.rendition_file(store, sha, "instagram_square", crop)
    assert path is not None and path == made["instagram_square"].path
    with Image.open(path) as image:
        assert image.size == (1080, 1080)


def test_media_import_cli_reports_each_file_as_json(
    db: Database, world: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.paths is not None
    good = _jpeg(tmp_path / "IMG_0002.jpg", gps=True)
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(good.read_bytes()[:200])
    args = ["media", "import", str(good), str(bad), "--profile", str(db.paths.root), "--format", "json"]
    assert main(args) == 3  # one file refused
    ok, refused = json.loads(capsys.readouterr().out)
    assert ok["ok"] and ok["file"] == str(good) and len(ok["sha256"]) == 64 and ok["has_gps"]
    assert {"name", "path", "width", "height"} <= set(ok["renditions"][0])
    assert Path(ok["renditions"][0]["path"]).is_file()
    assert (
        not refused["ok"] and refused["error"] == "Berkas gambar terpotong (tidak lengkap); salin ulang dari sumbernya."
    )
    assert main(args) == 3
    assert json.loads(capsys.readouterr().out)[0]["duplicate"] is True


def test_media_import_cli_fails_only_when_it_cannot_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "berkas"
    not_a_folder.write_text("x")
    assert main(["media", "import", "a.jpg", "--profile", str(not_a_folder)]) == 6
    assert "bukan folder profil" in capsys.readouterr().err
    assert not_a_folder.read_text() == "x"


def test_media_and_lint_are_listed_commands() -> None:
    listed = build_parser().format_help()
    assert "media" in listed and "lint" in listed and "lint-rules" in listed
