"""Files and pictures handed to the composer by drag and drop or the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF"


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders) named by ``mime``'s URLs; the import refuses non-images one by one."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def png_bytes(image: QImage) -> bytes:
    """A pasted picture as PNG bytes (lossless; the import makes the renditions)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
