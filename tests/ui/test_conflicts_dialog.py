"""A conflict copy kept by sync is shown field by field; the person keeps the server's version or restores theirs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from opdstudio.core.domain.enums import AuditAction
from opdstudio.core.services import posts
from opdstudio.core.services.activity import post_trail
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.conflict_resolution import open_conflicts
from opdstudio.core.sync.conflicts import keep_copy
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.conflicts import ConflictsDialog


def _conflicted_post(db: Database, world: Any) -> str:
    """A post whose server version replaced my offline edit (as a push conflict leaves it)."""
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, title="Gotong royong", main_text="Versi server.")
        server = {"id": post.id, "title": post.title, "main_text": post.main_text, "rev": 2, "server_version": 9}
    mine = {**server, "main_text": "Versi saya, ditulis di lapangan tanpa sinyal.", "rev": 1}
    with db.engine.begin() as conn:
        keep_copy(conn, "post", post.id, "rev", mine, server)
    return post.id


def test_restoring_my_text_writes_it_as_a_new_edit_and_resolves_the_copy(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    post_id = _conflicted_post(db, world)
    dialog = ConflictsDialog(make_ctx(world.admin))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    rows = {
        dialog.fields.item(r, 0).text(): (dialog.fields.item(r, 1).text(), dialog.fields.item(r, 2).text())
        for r in range(dialog.fields.rowCount())
    }
    assert rows == {"Teks utama": ("Versi saya, ditulis di lapangan tanpa sinyal.", "Versi server.")}
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.list.count() == 0 and open_conflicts(db) == []
    with db.session() as s:
        assert posts.get_post(s, post_id).main_text == "Versi saya, ditulis di lapangan tanpa sinyal."
        assert [entry.action for entry in post_trail(s, post_id).entries][-1] == AuditAction.EDITED


def test_keeping_the_server_version_changes_nothing_but_resolves(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    post_id = _conflicted_post(db, world)
    dialog = ConflictsDialog(make_ctx(world.admin))
    qtbot.addWidget(dialog)
    dialog.keep_button.click()
    assert open_conflicts(db) == []
    with db.session() as s:
        assert posts.get_post(s, post_id).main_text == "Versi server."


def test_a_post_the_server_refused_shows_its_reason_and_can_be_sent_again(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    """A new post the server refused stays here as a draft; the dialog says why and 'keep mine' queues it again."""
    with db.session() as s:
        post = posts.create_post(s, world.admin, world.bidang, title="Lomba desa", main_text="Teks saya.")
        mine = {"id": post.id, "title": post.title, "main_text": post.main_text, "rev": 1, "server_version": None}
    message = "Anda bukan penulis post ini. / You are not this post's author."
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'rejected'")
        keep_copy(conn, "post", post.id, "not_author", mine, None, kind="refused", message=message)
    dialog = ConflictsDialog(make_ctx(world.admin))
    qtbot.addWidget(dialog)
    assert "Ditolak server" in dialog.list.item(0).text()
    assert dialog.reason.text() == "Ditolak server: Anda bukan penulis post ini."
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert open_conflicts(db) == []
    with db.engine.connect() as conn:
        queued = conn.exec_driver_sql(
            "SELECT table_name, base_rev FROM outbox WHERE state = 'pending' AND row_id = ?", (post.id,)
        ).all()
    assert queued == [("post", None)]
