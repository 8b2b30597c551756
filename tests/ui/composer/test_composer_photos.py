"""Photos in the composer: import through the API, a drop, a paste; duplicates and bad files; progress and
cancel with a real thread pool; crop; children and consent; the preview's first photo."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.models import Photo, PostPhoto
from opdstudio.core.services import photos
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.tasks import TaskRunner
from tests.ui.composer.conftest import OpenComposer

PhotoFile = Callable[..., Path]


def _drop(mime: QMimeData, paths: list[Path]) -> QDropEvent:
    """A drop of ``paths``; the event only points at ``mime``, which the caller keeps alive."""
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return QDropEvent(
        QPoint(400, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )


def test_photos_added_by_the_import_api_show_as_thumbnails_and_in_the_preview(
    open_composer: OpenComposer, photo_file: PhotoFile, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    dialog.details.check_target(accounts["instagram"])
    dialog.importer.import_files([photo_file("a.jpg", taken="2025:05:12 09:41:00", gps=True), photo_file("b.jpg")])
    assert [p.original_name for p in dialog.photos.photos] == ["a.jpg", "b.jpg"]
    assert not dialog.photos.list.item(0).icon().isNull()
    assert not dialog.photos.progress.isVisible()
    dialog.photos.select(0)
    assert "Diambil 12-05-2025 09:41 (EXIF)" in dialog.photos.evidence.text()
    assert "lokasi GPS" in dialog.photos.evidence.text()
    dialog._refresh_preview()
    pixmap = dialog.preview.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == (360, 189)  # 3:2 goes out as Instagram landscape 1.91:1


def test_dropping_files_imports_them_and_refuses_a_bad_one_with_a_clear_message(
    open_composer: OpenComposer, photo_file: PhotoFile, tmp_path: Path
) -> None:
    dialog = open_composer()
    bad = tmp_path / "catatan.jpg"
    bad.write_text("bukan foto")
    mime = QMimeData()
    event = _drop(mime, [photo_file("a.jpg"), bad])
    dialog.dropEvent(event)
    assert event.isAccepted()
    assert [p.original_name for p in dialog.photos.photos] == ["a.jpg"]
    assert dialog.photos.notice.text() == "catatan.jpg: Berkas ini bukan gambar, walaupun namanya seperti gambar."


def test_the_same_photo_twice_is_detected(open_composer: OpenComposer, photo_file: PhotoFile, tmp_path: Path) -> None:
    dialog = open_composer()
    original = photo_file("a.jpg")
    dialog.importer.import_files([original])
    copy = tmp_path / "salinan.jpg"
    copy.write_bytes(original.read_bytes())
    dialog.importer.import_files([copy])
    assert len(dialog.photos.photos) == 1
    assert dialog.photos.notice.text() == "salinan.jpg: foto ini sudah ada di post."


def test_a_pasted_picture_becomes_a_photo_not_text(open_composer: OpenComposer) -> None:
    dialog = open_composer()
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    mime = QMimeData()
    mime.setImageData(image)
    assert dialog.main_editor.canInsertFromMimeData(mime)
    dialog.main_editor.insertFromMimeData(mime)
    assert dialog.main_editor.toPlainText() == ""
    [photo] = dialog.photos.photos
    assert photo.original_name.startswith("tempel-") and (photo.width, photo.height) == (320, 200)


def test_import_runs_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, open_composer: OpenComposer, photo_file: PhotoFile, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    ctx = make_ctx(world.admin)
    ctx.tasks = TaskRunner()
    dialog = open_composer(ctx=ctx)
    workers = os.cpu_count() or 1  # the pipeline starts one file per core at once; more files wait their turn
    files = [photo_file(f"{i}.jpg", size=(1200, 900)) for i in range(workers + 6)]
    dialog.importer.import_files(files[:2])
    assert dialog.photos.progress.isVisible() and dialog.photos.cancel_button.isVisible()  # the window goes on
    qtbot.waitUntil(lambda: len(dialog.photos.photos) == 2, timeout=10_000)
    assert not dialog.photos.progress.isVisible()
    dialog.importer.import_files(files[2:])
    dialog.photos.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.photos.progress.isVisible(), timeout=10_000)
    assert "Impor dibatalkan sebelum berkas ini diproses." in dialog.photos.notice.text()
    assert len(dialog.photos.photos) < len(files)
    ctx.tasks.wait()


def test_a_crop_changes_the_preview_and_is_saved_with_its_renditions(
    db: Database, open_composer: OpenComposer, photo_file: PhotoFile, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    dialog.details.check_target(accounts["instagram"])
    dialog.main_editor.setPlainText("Foto kegiatan.")
    dialog.importer.import_files([photo_file("a.jpg")])
    crop = {"x": 0.25, "y": 0.0, "w": 0.5, "h": 1.0}  # 240 × 320: taller than 4:5, Instagram crops to 4:5
    dialog.importer.set_crop(0, crop)
    dialog._refresh_preview()
    pixmap = dialog.preview.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == (360, 450)
    sha = dialog.photos.photos[0].sha256
    assert photos.rendition_file(photos.media_store(db), sha, "instagram_portrait", crop) is not None
    assert dialog.save()
    with db.session() as s:
        [placed] = s.exec(select(PostPhoto).where(PostPhoto.post_id == dialog.post_id)).all()
    assert placed.crop == crop


def test_children_without_a_consent_note_raise_a_block_finding(
    db: Database, open_composer: OpenComposer, photo_file: PhotoFile
) -> None:
    dialog = open_composer()
    dialog.main_editor.setPlainText("Imunisasi anak.")
    dialog.importer.import_files([photo_file("anak.jpg")])
    dialog.photos.select(0)
    assert not dialog.photos.consent.isEnabled()
    dialog.photos.children.setChecked(True)
    dialog.lint_now()
    assert [c.finding.rule for c in dialog.report.unjustified] == ["photo_privacy.children_consent"]
    dialog.photos.consent.setText("Izin tertulis orang tua.")
    dialog.lint_now()
    assert dialog.report.unjustified == []
    assert dialog.save()
    with db.session() as s:
        photo = s.exec(select(Photo)).one()
    assert (photo.contains_children, photo.consent_note) == (True, "Izin tertulis orang tua.")


def test_photos_are_reordered_and_removed(open_composer: OpenComposer, photo_file: PhotoFile) -> None:
    dialog = open_composer()
    dialog.importer.import_files([photo_file("a.jpg"), photo_file("b.jpg", size=(300, 300))])
    dialog.photos.select(1)
    dialog.photos.left_button.click()
    assert [p.original_name for p in dialog.photos.photos] == ["b.jpg", "a.jpg"]
    dialog.photos.remove_button.click()
    assert [p.original_name for p in dialog.photos.photos] == ["a.jpg"]
