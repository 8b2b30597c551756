"""Why a photo was refused: a stable code plus a message in Indonesian and English."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from opdstudio.core.errors import OpdError


class RefusalCode(StrEnum):
    """Stable identifiers of refusal reasons, for the UI, the CLI and tests."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not_an_image"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    TOO_MANY_PIXELS = "too_many_pixels"
    BAD_DIMENSIONS = "bad_dimensions"
    NOT_STORED = "not_stored"
    MISSING_ORIGINAL = "missing_original"
    CANCELLED = "cancelled"


_MESSAGES: dict[RefusalCode, tuple[str, str]] = {
    RefusalCode.EMPTY: ("Berkas kosong (0 byte).", "The file is empty (0 bytes)."),
    RefusalCode.UNREADABLE: (
        "Berkas tidak dapat dibaca: {reason}.",
        "The file cannot be read: {reason}.",
    ),
    RefusalCode.NOT_AN_IMAGE: (
        "Berkas ini bukan gambar, walaupun namanya seperti gambar.",
        "This file is not an image, although its name looks like one.",
    ),
    RefusalCode.UNSUPPORTED_FORMAT: (
        "Format {format} tidak didukung; gunakan JPEG, PNG, WebP, atau HEIC.",
        "The {format} format is not supported; use JPEG, PNG, WebP or HEIC.",
    ),
    RefusalCode.TRUNCATED: (
        "Berkas gambar terpotong (tidak lengkap); salin ulang dari sumbernya.",
        "The image file is truncated (incomplete); copy it again from its source.",
    ),
    RefusalCode.CORRUPT: (
        "Data gambar rusak dan tidak dapat dibaca.",
        "The image data is corrupt and cannot be read.",
    ),
    RefusalCode.TOO_MANY_PIXELS: (
        "Gambar terlalu besar: lebih dari {limit} megapiksel.",
        "The image is too large: more than {limit} megapixels.",
    ),
    RefusalCode.BAD_DIMENSIONS: (
        "Ukuran gambar tidak wajar ({width}×{height} piksel); sisi gambar harus {low}–{high} piksel.",
        "The image size is implausible ({width}×{height} pixels); each side must be {low}–{high} pixels.",
    ),
    RefusalCode.NOT_STORED: (
        "Foto tidak dapat disimpan ke penyimpanan aplikasi: {reason}.",
        "The photo could not be saved to the app's storage: {reason}.",
    ),
    RefusalCode.MISSING_ORIGINAL: (
        "Foto asli tidak ada di penyimpanan perangkat ini.",
        "The original photo is not in this device's storage.",
    ),
    RefusalCode.CANCELLED: ("Impor dibatalkan sebelum berkas ini diproses.", "Import cancelled before this file."),
}


class PhotoRefused(OpdError):
    """A photo that cannot be imported; ``code`` says why, the messages say it to a person."""

    def __init__(self, code: RefusalCode, **params: Any) -> None:
        template_id, template_en = _MESSAGES[code]
        super().__init__(template_id.format(**params), template_en.format(**params))
        self.code = code
