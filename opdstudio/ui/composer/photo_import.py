"""Getting photos into the composer: file dialog, drop or paste → background import with progress and cancel;
the crop dialog; thumbnails and preview pictures read from the renditions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from opdstudio.core.services import photos
from opdstudio.core.services.composing import PhotoDraft

from ..context import AppContext
from .crop_dialog import CropDialog
from .photo_files import IMAGE_FILTER, local_files, png_bytes
from .photo_strip import PhotoStrip


class PhotoPictures:
    """Pictures of stored photos for the screen: thumbnails (cropped) and whole photos for previews."""

    def __init__(self, ctx: AppContext) -> None:
        self.store = photos.media_store(ctx.db)
        self._whole: dict[str, QImage | None] = {}

    def whole(self, photo: PhotoDraft) -> QImage | None:
        """The whole upright photo, long edge ≤ 2048 px (cached per photo)."""
        if photo.sha256 not in self._whole:
            image = self._read(photo.sha256, photos.PREVIEW_RENDITION)
            self._whole[photo.sha256] = None if image.isNull() else image
        return self._whole[photo.sha256]

    def thumbnail(self, photo: PhotoDraft) -> QPixmap:
        """A small picture of the photo as the post shows it (its crop applied)."""
        image = self._read(photo.sha256, photos.THUMB_RENDITION)
        if image.isNull():
            return QPixmap()
        if photo.crop:
            c, w, h = photo.crop, image.width(), image.height()
            image = image.copy(round(c["x"] * w), round(c["y"] * h), round(c["w"] * w), round(c["h"] * h))
        return QPixmap.fromImage(image)

    def small(self, sha256: str) -> QImage | None:
        """The whole photo's thumbnail by its SHA-256 (also for a photo no longer in the post)."""
        image = self._read(sha256, photos.THUMB_RENDITION)
        return None if image.isNull() else image

    def _read(self, sha256: str, rendition: str) -> QImage:
        path = photos.rendition_file(self.store, sha256, rendition)
        return QImage(str(path)) if path else QImage()


class PhotoImporter(QObject):
    """Imports photos into the strip in the background; one import at a time, cancellable."""

    def __init__(self, ctx: AppContext, strip: PhotoStrip, pictures: PhotoPictures, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.strip = strip
        self.pictures = pictures
        self.enabled = True
        self._running = False
        self._task: Any = None
        strip.add_requested.connect(self.choose_files)
        strip.crop_requested.connect(self.crop)
        strip.cancel_requested.connect(self.cancel)

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self.strip, self.tr("Tambah foto"), "", self.tr("Foto ({patterns})").format(patterns=IMAGE_FILTER)
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> None:
        """Import files (a file dialog's choice or a drop) and add them to the post."""
        self._start(photos.import_files, [str(p) for p in paths], len(paths))

    def paste(self, mime: QMimeData) -> None:
        """Pasted or dropped onto a text editor: files are imported, a picture is imported as PNG."""
        files = local_files(mime)
        if files:
            self.import_files(files)
        elif mime.hasImage():
            data = png_bytes(QImage(mime.imageData()))
            self._start(photos.import_image_data, data, 1, datetime.now().strftime("tempel-%Y%m%d-%H%M%S.png"))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _start(self, job: Any, what: Any, count: int, *extra: Any) -> None:
        if self._running or not self.enabled:
            return
        self._running = True
        self.strip.notice.clear()
        self.strip.show_progress((0, count))
        task = self.ctx.tasks.submit(
            job,
            self.ctx.db,
            self.ctx.person.id,
            what,
            *extra,
            on_result=self._imported,
            on_error=self._failed,
            on_progress=self._progress,
        )
        if self._running:  # a synchronous runner has already finished it
            self._task = task

    def _progress(self, done: int, total: int, _name: str) -> None:
        self.strip.show_progress((done, total))

    def _imported(self, results: list[photos.PhotoImport]) -> None:
        self._running, self._task = False, None
        self.strip.show_progress(None)
        have = {p.photo_id for p in self.strip.photos}
        added: list[PhotoDraft] = []
        notes: list[str] = []
        for r in results:
            name = Path(r.file).name
            if not r.ok:
                notes.append(f"{name}: {r.message_en if self.ctx.language == 'en' else r.message}")
            elif r.photo is None or r.photo.photo_id in have:
                notes.append(self.tr("{name}: foto ini sudah ada di post.").format(name=name))
            else:
                have.add(r.photo.photo_id)
                added.append(r.photo)
                if r.duplicate:
                    notes.append(self.tr("{name}: sudah pernah diimpor; salinan yang ada dipakai.").format(name=name))
        if added:
            self.strip.add_photos(added)
        self.strip.notice.setText("\n".join(notes))

    def _failed(self, exc: BaseException) -> None:
        self._running, self._task = False, None
        self.strip.show_progress(None)
        self.strip.notice.setText(self.ctx.message(exc))

    def crop(self, index: int) -> None:
        """Let the admin choose the crop of one photo."""
        if not 0 <= index < len(self.strip.photos):
            return
        photo = self.strip.photos[index]
        image = self.pictures.whole(photo)
        if image is None:
            return
        dialog = CropDialog(image, photo.width, photo.height, photo.crop, self.strip.window())
        if dialog.exec():
            self.set_crop(index, dialog.chosen_crop())
        dialog.deleteLater()

    def set_crop(self, index: int, crop: dict[str, float]) -> None:
        """Use ``crop`` for one photo; its renditions for that crop are made in the background."""
        self.strip.update_photo(index, replace(self.strip.photos[index], crop=crop))
        if crop:
            self.ctx.tasks.submit(photos.render_crop, self.ctx.db, self.strip.photos[index].sha256, crop)
