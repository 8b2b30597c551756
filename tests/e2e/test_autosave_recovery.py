"""Autosave survives kill -9: a real process types in the composer and is killed; the next start offers
the recovered text (DESIGN.md: a crash loses at most a second or two of typing)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Person
from opdstudio.core.services import composing, posts
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.composer.dialogs import RecoveryDialog
from opdstudio.ui.context import AppContext
from opdstudio.ui.tasks import SynchronousTaskRunner

HELPER = Path(__file__).with_name("composer_typist.py")
FIRST = " Dihadiri Camat Curup Tengah."
SECOND = " Kalimat yang sedang diketik saat listrik padam."


def _read_until(proc: subprocess.Popen[str], wanted: str, timeout: float = 20.0) -> list[str]:
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline().strip()
        if line:
            seen.append(line)
        if line == wanted:
            return seen
        if proc.poll() is not None:
            break
    raise AssertionError(f"helper never printed {wanted!r}: {seen}\n{proc.stderr.read() if proc.stderr else ''}")


def test_typing_survives_kill_9_and_is_offered_at_the_next_start(qtbot: QtBot, db: Database, world: Any) -> None:
    assert db.paths is not None
    with db.session() as s:
        post = posts.create_post(
            s,
            world.admin,
            world.bidang,
            title="Musrenbang",
            main_text="Musrenbang kecamatan.",
            target_account_ids=[world.facebook],
        )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(HELPER), str(db.paths.root), "ani", post.id, FIRST, SECOND]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
        try:
            _read_until(proc, "typed 1")
            _read_until(proc, "autosaved 1")
            _read_until(proc, "typed 2")
        finally:
            os.kill(proc.pid, signal.SIGKILL)  # mid-edit: the second words were typed a moment ago
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    with db.session() as s:
        assert posts.get_post(s, post.id).main_text == "Musrenbang kecamatan."  # never saved to the post
        [pending] = composing.pending_drafts(s, world.admin)
    assert pending.post_id == post.id
    assert pending.excerpt.startswith("Musrenbang kecamatan." + FIRST)
    dialog = RecoveryDialog([pending])
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text().startswith("Musrenbang")
    with db.session() as s:
        person = s.get(Person, world.admin)
    assert person is not None
    composer = ComposerDialog(AppContext(db, person, SynchronousTaskRunner()), post.id)
    qtbot.addWidget(composer)
    assert composer.main_editor.toPlainText().startswith("Musrenbang kecamatan." + FIRST)
    assert "dipulihkan" in composer.banner.text()
    composer._modified = False
