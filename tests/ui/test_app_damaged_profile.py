"""Opening a damaged profile in the window: a dialog offers the newest intact backup; yes restores it and opens
the profile with the damaged file kept aside, no leaves everything as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlmodel import select

from opdstudio.app import _offer_restore
from opdstudio.core.domain.models import Person
from opdstudio.core.storage import backups
from opdstudio.core.storage.backups import DamagedProfileError
from opdstudio.core.storage.database import Database
from tests.core.storage.damage import overwrite_middle_page


def damaged_profile(db: Database) -> tuple[Path, DamagedProfileError]:
    assert db.paths is not None
    backups.backup_now(db.paths)
    db.close()
    overwrite_middle_page(db.paths.database)
    with pytest.raises(DamagedProfileError) as info:
        Database.open_profile(db.paths.root)
    return db.paths.root, info.value


def answer(button: QMessageBox.StandardButton, seen: list[str], shot: Path) -> None:
    """Press ``button`` in the message box once it is up; note its text and keep a screenshot of it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.grab().save(str(shot))
        box.button(button).click()

    QTimer.singleShot(0, press)


def test_yes_restores_the_backup_and_opens_the_profile(
    db: Database, world: Any, qapp: QApplication, tmp_path: Path
) -> None:
    root, exc = damaged_profile(db)
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Yes, seen, tmp_path / "restore-id.png")

    opened = _offer_restore(root, exc, "id")

    assert seen and "Berkas profil rusak" in seen[0] and "Pulihkan" in seen[0] and "tidak dihapus" in seen[0]
    assert opened is not None
    try:
        with opened.session() as s:
            assert len(s.exec(select(Person)).all()) == 6
    finally:
        opened.close()
    assert len(list((root / "backups").glob("damaged-*.sqlite3"))) == 1


def test_no_leaves_the_damaged_file_where_it_is(db: Database, world: Any, qapp: QApplication, tmp_path: Path) -> None:
    root, exc = damaged_profile(db)
    before = (root / "opdstudio.sqlite3").read_bytes()
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen, tmp_path / "restore-en.png")

    assert _offer_restore(root, exc, "en") is None

    assert seen and "The profile file is damaged" in seen[0] and "Restore the newest intact backup" in seen[0]
    assert (root / "opdstudio.sqlite3").read_bytes() == before
    assert not list((root / "backups").glob("damaged-*"))
