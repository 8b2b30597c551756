"""Content-addressed store for photo originals and their renditions."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

_CHUNK = 1 << 20


class MediaStore:
    """Keeps originals at ``root/ab/abcdef….ext`` so nothing depends on where a file came from."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str, ext: str) -> Path:
        """Where the original with this digest and extension lives."""
        return self.root / sha256[:2] / f"{sha256}{ext.lower()}"

    def rendition_path(self, sha256: str, name: str) -> Path:
        """Where the rendition ``name`` of the original ``sha256`` lives."""
        return self.root / "renditions" / sha256[:2] / f"{sha256}_{name}.jpg"

    def find(self, sha256: str) -> Path | None:
        """The stored original with this digest, whatever its extension, or None."""
        folder = self.root / sha256[:2]
        if not folder.is_dir():
            return None
        return next(iter(sorted(folder.glob(f"{sha256}.*"))), None)

    def add_file(self, src: Path) -> tuple[str, Path, bool]:
        """Copy ``src`` into the store; returns (sha256, stored path, already_present)."""
        src = Path(src)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
                while chunk := inp.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            return self._place(digest.hexdigest(), tmp, src.suffix or ".bin")
        finally:
            tmp.unlink(missing_ok=True)

    def add_bytes(self, data: bytes, ext: str) -> tuple[str, Path, bool]:
        """Store ``data`` as an original; returns (sha256, stored path, already_present)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            return self._place(hashlib.sha256(data).hexdigest(), tmp, ext)
        finally:
            tmp.unlink(missing_ok=True)

    def _place(self, sha256: str, tmp: Path, ext: str) -> tuple[str, Path, bool]:
        existing = self.find(sha256)
        if existing is not None:
            return sha256, existing, True
        dest = self.path_for(sha256, ext)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, dest)
        return sha256, dest, False
