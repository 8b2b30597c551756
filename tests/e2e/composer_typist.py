"""Test helper, run as its own process: open a post of a real profile in the composer, type into the main
text with QTest, and report on stdout each time the autosave reached the disk. The test kills it (SIGKILL).

    python tests/e2e/composer_typist.py PROFILE LOGIN POST_ID "first words" "more words"

Prints "typed 1", then "autosaved N" after the autosave, then types the second words ("typed 2") and
keeps running until killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from opdstudio.core.domain.models import Person
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.context import AppContext
from opdstudio.ui.tasks import TaskRunner


def main(profile: str, login: str, post_id: str, first: str, second: str) -> int:
    app = QApplication(sys.argv)
    db = Database.open_profile(Path(profile))
    with db.session() as session:
        person = session.exec(select(Person).where(Person.login == login)).one()
    composer = ComposerDialog(AppContext(db, person, TaskRunner()), post_id)
    composer.show()
    editor = composer.main_editor
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

    def autosaved(seq: int) -> None:
        print(f"autosaved {seq}", flush=True)
        if seq == 1:
            QTest.keyClicks(editor, second)
            print("typed 2", flush=True)

    composer.autosaved.connect(autosaved)
    QTest.keyClicks(editor, first)
    print("typed 1", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:6]))
