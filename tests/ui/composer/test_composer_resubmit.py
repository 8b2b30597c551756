"""Resubmitting after a reviewer asked for changes shows the author what changed since the last submission."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.services import posts, workflow
from opdstudio.core.services.diffing import FieldDiff
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer.resubmit import ResubmitDialog
from tests.ui.composer.conftest import OpenComposer

TEXT = "Posyandu Melati melayani 40 balita hari ini."


def _sent_back(db: Database, world: Any) -> str:
    with db.session() as s:
        post = posts.create_post(
            s, world.admin, world.bidang, title="Posyandu", main_text=TEXT, target_account_ids=[world.facebook]
        )
        workflow.submit(s, world.admin, post.id)
        workflow.request_changes(s, world.kabid, post.id, post.content_hash, "Sebutkan kelurahannya.")
        return post.id


@pytest.mark.parametrize("send", [True, False])
def test_resubmitting_shows_the_changes_and_sends_only_when_confirmed(
    qtbot: QtBot, db: Database, world: Any, open_composer: OpenComposer, monkeypatch: pytest.MonkeyPatch, send: bool
) -> None:
    post_id = _sent_back(db, world)
    shown: list[str] = []

    def confirm(dialog: Any, changes: list[FieldDiff]) -> bool:
        confirmation = ResubmitDialog(changes, dialog.pictures.small)
        shown.append(confirmation.diff.toPlainText())
        return send

    monkeypatch.setattr("opdstudio.ui.composer.window.ComposerDialog.confirm_resubmit", confirm)
    dialog = open_composer(post_id)
    qtbot.keyClick(dialog.main_editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.main_editor, " Kelurahan Talang Rimbo Baru.")
    dialog.save_and_submit()
    assert len(shown) == 1
    assert "Perubahan sejak pengajuan sebelumnya" in shown[0]
    assert "Kelurahan Talang Rimbo Baru." in shown[0]
    with db.session() as s:
        post = posts.get_post(s, post_id)
        assert post.status == (PostStatus.IN_REVIEW if send else PostStatus.CHANGES_REQUESTED)
        assert post.main_text.endswith("Kelurahan Talang Rimbo Baru.")


def test_a_first_submission_asks_nothing(
    qtbot: QtBot, db: Database, world: Any, open_composer: OpenComposer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        post_id = posts.create_post(
            s, world.admin, world.bidang, title="Posyandu", main_text=TEXT, target_account_ids=[world.facebook]
        ).id
    asked: list[object] = []
    monkeypatch.setattr(
        "opdstudio.ui.composer.window.ComposerDialog.confirm_resubmit", lambda *_a: asked.append(1) or True
    )
    dialog = open_composer(post_id)
    dialog.save_and_submit()
    assert asked == []
    with db.session() as s:
        assert posts.get_post(s, post_id).status == PostStatus.IN_REVIEW
