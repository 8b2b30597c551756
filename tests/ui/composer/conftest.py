"""Composer fixtures: more official accounts (X, TikTok, website), sample photo files, and a composer opened
for the admin of the shared world."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from opdstudio.core.domain.models import OfficialAccount
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.context import AppContext
from tests.core.media.samples import camera_exif, quadrants

OpenComposer = Callable[..., ComposerDialog]


@pytest.fixture
def accounts(db: Database, world: Any) -> dict[str, str]:
    """Account id per platform, all of Dinas Kominfo (above the admin's bidang)."""
    extra = {
        "x": ("@kominforl", "https://x.com/kominforl"),
        "tiktok": ("@kominfo.rl", "https://tiktok.com/@kominfo.rl"),
        "website": ("rejanglebongkab.go.id", "https://rejanglebongkab.go.id"),
    }
    ids = {"instagram": world.instagram, "facebook": world.facebook}
    with db.session() as s:
        for platform, (handle, url) in extra.items():
            account = OfficialAccount(organisation_id=world.dinas, platform=platform, handle=handle, url=url)
            s.add(account)
            s.flush()
            ids[platform] = account.id
    return ids


@pytest.fixture
def photo_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a JPEG (480×320 by default) as a phone would, with EXIF; each file has its own pixels."""
    made: list[Path] = []

    def make(name: str = "IMG_0001.jpg", size: tuple[int, int] = (480, 320), **exif: Any) -> Path:
        path = tmp_path / "usb" / name
        path.parent.mkdir(exist_ok=True)
        image = quadrants(size)
        image.paste((len(made) * 7 % 256, 0, 0), (0, 0, 8, 8))
        image.save(path, "JPEG", exif=camera_exif(**exif).tobytes())
        made.append(path)
        return path

    return make


@pytest.fixture
def open_composer(qapp: QApplication, world: Any, make_ctx: Callable[[str], AppContext]) -> Iterator[OpenComposer]:
    """Open a composer (shown, not modal); at the end it is closed without the leave-time questions."""
    opened: list[ComposerDialog] = []

    def open_(
        post_id: str | None = None, *, person: str | None = None, ctx: AppContext | None = None, **kw: Any
    ) -> ComposerDialog:
        dialog = ComposerDialog(ctx or make_ctx(person or world.admin), post_id, **kw)
        dialog.show()
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:
        dialog._modified = False
        dialog.done(0)
        dialog.deleteLater()
    qapp.processEvents()
