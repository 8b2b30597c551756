"""The outcome of importing one file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from opdstudio.core.media.refusals import PhotoRefused
from opdstudio.core.media.renditions import Rendition


@dataclass(frozen=True)
class ImportResult:
    """One file's import: either ``ok`` with the stored original and its renditions, or refused with a code.

    ``taken_at`` is EXIF DateTimeOriginal: timezone-aware when the camera recorded OffsetTimeOriginal,
    naive otherwise (the caller decides which zone a naive time is in). ``width``/``height`` are as
    displayed, after EXIF orientation.
    """

    file: Path
    ok: bool
    original_name: str
    size_bytes: int = 0
    sha256: str | None = None
    stored_path: Path | None = None
    duplicate: bool = False
    renditions: list[Rendition] = field(default_factory=list)
    width: int = 0
    height: int = 0
    taken_at: datetime | None = None
    has_gps: bool = False
    camera: str | None = None
    code: str | None = None
    message: str | None = None
    message_en: str | None = None

    @classmethod
    def refused(cls, file: Path, refusal: PhotoRefused) -> ImportResult:
        """The result for a file refused with ``refusal``."""
        return cls(
            file=file,
            ok=False,
            original_name=file.name,
            code=refusal.code,
            message=refusal.message_id,
            message_en=refusal.message_en,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the renditions when ok, else ``error`` (Indonesian), ``error_en`` and ``code``."""
        if not self.ok:
            return {
                "file": str(self.file),
                "ok": False,
                "code": self.code,
                "error": self.message,
                "error_en": self.message_en,
            }
        return {
            "file": str(self.file),
            "ok": True,
            "sha256": self.sha256,
            "duplicate": self.duplicate,
            "original_name": self.original_name,
            "size_bytes": self.size_bytes,
            "width": self.width,
            "height": self.height,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "has_gps": self.has_gps,
            "camera": self.camera,
            "renditions": [
                {"name": r.name, "path": str(r.path), "width": r.width, "height": r.height} for r in self.renditions
            ],
        }
