"""Autosave in the composer: within two seconds of typing, off the post and the audit trail; edits of a
window that never closed are offered back; leaving writes the post; reopening resumes where it was."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func
from sqlmodel import select

from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services import composing, posts
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.composer.dialogs import RecoveryDialog
from opdstudio.ui.main_window import MainWindow
from tests.ui.composer.conftest import OpenComposer


def _events(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(AuditEvent)).one()


@pytest.fixture
def post_id(db: Database, world: Any) -> str:
    with db.session() as s:
        post = posts.create_post(
            s,
            world.admin,
            world.bidang,
            title="Musrenbang",
            main_text="Musrenbang kecamatan.",
            target_account_ids=[world.facebook],
        )
        return post.id


def test_typing_is_autosaved_within_two_seconds_off_the_post_and_the_audit_trail(
    qtbot: QtBot, db: Database, world: Any, post_id: str, open_composer: OpenComposer
) -> None:
    events = _events(db)
    dialog = open_composer(post_id)
    qtbot.keyClick(dialog.main_editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.autosaved, timeout=2500):
        qtbot.keyClicks(dialog.main_editor, " Dihadiri camat.")
    with db.session() as s:
        [pending] = composing.pending_drafts(s, world.admin)
        assert posts.get_post(s, post_id).main_text == "Musrenbang kecamatan."
    assert pending.excerpt == "Musrenbang kecamatan. Dihadiri camat."
    assert _events(db) == events
    assert dialog.status_label.text().startswith("Tersimpan otomatis")


def test_continuous_typing_still_autosaves_every_couple_of_seconds(
    qtbot: QtBot, post_id: str, open_composer: OpenComposer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ComposerDialog, "AUTOSAVE_IDLE_MS", 300)
    monkeypatch.setattr(ComposerDialog, "AUTOSAVE_MAX_MS", 600)
    dialog = open_composer(post_id)
    saved: list[int] = []
    dialog.autosaved.connect(saved.append)
    for _ in range(10):  # a keystroke every 100 ms never leaves a 300 ms pause
        qtbot.keyClicks(dialog.main_editor, "a")
        qtbot.wait(100)
    assert saved  # the 600 ms ceiling wrote while typing went on


def test_edits_of_a_window_that_never_closed_are_offered_back(
    qtbot: QtBot, db: Database, world: Any, post_id: str, open_composer: OpenComposer
) -> None:
    crashed = open_composer(post_id)
    crashed.main_editor.setPlainText("Teks yang belum disimpan.")
    crashed.autosave_now()  # then the process dies: nothing else runs
    again = open_composer(post_id)
    assert again.main_editor.toPlainText() == "Teks yang belum disimpan."
    assert again.banner.isVisibleTo(again) and "dipulihkan" in again.banner.text()
    assert again.discard_button.isVisibleTo(again)
    again.discard_button.click()
    assert again.main_editor.toPlainText() == "Musrenbang kecamatan."
    with db.session() as s:
        assert composing.pending_drafts(s, world.admin) == []


def test_leaving_writes_the_post_once_and_reopening_resumes_where_it_was(
    qtbot: QtBot, db: Database, world: Any, post_id: str, open_composer: OpenComposer
) -> None:
    dialog = open_composer(post_id)
    dialog.details.check_target(world.instagram)
    instagram = dialog.variant_editors["instagram"]
    dialog.tabs.setCurrentWidget(instagram)
    instagram.text.setPlainText("Khusus Instagram: musrenbang kecamatan #musrenbang")
    cursor = instagram.text.textCursor()
    cursor.setPosition(7)
    instagram.text.setTextCursor(cursor)
    events = _events(db)
    dialog.reject()
    assert _events(db) == events + 1  # one "edited" event, not one per keystroke
    with db.session() as s:
        variants = {v.platform: v.text for v in posts.variants_of(s, post_id)}
        assert composing.pending_drafts(s, world.admin) == []
    assert variants["instagram"] == "Khusus Instagram: musrenbang kecamatan #musrenbang"
    again = open_composer(post_id)
    assert again.tabs.currentWidget() is again.variant_editors["instagram"]
    assert again.variant_editors["instagram"].text.textCursor().position() == 7
    assert not again.banner.isVisibleTo(again)


def test_closing_an_unchanged_post_writes_nothing(db: Database, post_id: str, open_composer: OpenComposer) -> None:
    with db.session() as s:
        rev = posts.get_post(s, post_id).rev
    open_composer(post_id).reject()
    with db.session() as s:
        assert posts.get_post(s, post_id).rev == rev


def test_the_main_window_offers_a_recovered_draft_at_start(
    qtbot: QtBot, world: Any, post_id: str, open_composer: OpenComposer, make_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed = open_composer(post_id)
    crashed.main_editor.setPlainText("Dipulihkan setelah mati listrik.")
    crashed.autosave_now()
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    offered: list[list[str]] = []

    def choose_open(self: RecoveryDialog) -> int:
        offered.append([d.excerpt for d in self.drafts])
        self.choice = RecoveryDialog.OPEN
        return 1

    shown: list[str] = []

    def show(self: ComposerDialog) -> int:
        shown.append(self.main_editor.toPlainText())
        self._modified = False
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", choose_open)
    monkeypatch.setattr(ComposerDialog, "exec", show)
    window.offer_recovery()
    assert offered == [["Dipulihkan setelah mati listrik."]]
    assert shown == ["Dipulihkan setelah mati listrik."]
