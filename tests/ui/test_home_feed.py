"""Beranda's activity feed, the audit trail it opens, and the tray notifications — for each person their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services import posts, workflow
from opdstudio.core.services.activity import Notice, NoticeKind
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.audit_trail import AuditTrailDialog
from opdstudio.ui.main_window import MainWindow
from opdstudio.ui.notifications import Notifier
from opdstudio.ui.pages.home import HomePage

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."


def _post(db: Database, w: Any, title: str = "Pelatihan literasi") -> str:
    with db.session() as s:
        return posts.create_post(s, w.admin, w.bidang, title=title, main_text=TEXT, target_account_ids=[w.instagram]).id


def _submit(db: Database, w: Any, post_id: str) -> str:
    with db.session() as s:
        return workflow.submit(s, w.admin, post_id).content_hash


def _published(db: Database, w: Any) -> str:
    post_id = _post(db, w)
    seen = _submit(db, w, post_id)
    with db.session() as s:
        workflow.request_changes(s, w.kabid, post_id, seen, "Tambahkan jumlah peserta perempuan.")
        posts.edit_post(s, w.admin, post_id, posts.PostEdit(main_text=TEXT + " Separuhnya perempuan."))
    seen = _submit(db, w, post_id)
    with db.session() as s:
        workflow.approve(s, w.kabid, post_id, seen)
        workflow.record_publication(
            s,
            w.admin,
            post_id,
            account_id=w.instagram,
            url="https://www.instagram.com/p/Cx1/",
            published_at=datetime.now(UTC),
            approved_hash=seen,
        )
    return post_id


def test_home_feed_tells_who_did_what_and_opens_the_trail(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    _published(db, world)
    page = HomePage(make_ctx(world.kadis))
    qtbot.addWidget(page)
    page.refresh()
    lines = [page.feed.item(i).text().split("  ", 1)[1] for i in range(page.feed.count())]
    assert lines == [
        "Ani mencatat terbitnya «Pelatihan literasi» di Instagram @kominfo.rl",
        "Budi menyetujui «Pelatihan literasi»",
        "Ani mengajukan «Pelatihan literasi»",
        "Budi meminta perbaikan «Pelatihan literasi»: Tambahkan jumlah peserta perempuan.",
        "Ani mengajukan «Pelatihan literasi»",
    ]
    assert page.published.count() == 1 and page.waiting.count() == 1  # the other boxes are still there
    opened: list[str] = []
    monkeypatch.setattr(AuditTrailDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    page.feed.itemActivated.emit(page.feed.item(0))
    assert opened == ["Jejak audit — Pelatihan literasi"]


def test_an_empty_feed_says_so(qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]) -> None:
    page = HomePage(make_ctx(world.outsider))
    qtbot.addWidget(page)
    page.refresh()
    assert [page.feed.item(i).text() for i in range(page.feed.count())] == ["Belum ada aktivitas."]


def test_audit_trail_lists_every_step_with_hashes_and_flags_a_broken_chain(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    post_id = _published(db, world)
    dialog = AuditTrailDialog(make_ctx(world.admin), post_id)
    qtbot.addWidget(dialog)
    model = dialog.model
    steps = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert steps == ["Dibuat", "Diajukan", "Diminta perbaikan", "Diubah", "Diajukan", "Disetujui", "Dipublikasikan"]
    assert model.data(model.index(2, 4)) == "tingkat 1 · Tambahkan jumlah peserta perempuan."
    assert model.data(model.index(6, 4)) == "Instagram @kominfo.rl · https://www.instagram.com/p/Cx1/"
    assert dialog.chain.text().startswith("✓ Rantai audit organisasi ini utuh")
    dialog.table.selectRow(5)
    entry = model.row_at(5)
    assert dialog.hashes.text() == f"Sidik isi: {entry.content_hash}\nSidik langkah: {entry.event_hash}"
    with db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.post_id == post_id, AuditEvent.seq == 2)).one()
        event.detail = {"required_levels": [1]}
    broken = AuditTrailDialog(make_ctx(world.admin), post_id)
    qtbot.addWidget(broken)
    assert broken.chain.text().startswith("✗ Rantai audit organisasi ini rusak")


def test_notifier_tells_the_reviewer_once_and_the_author_of_the_decision(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    w = world
    first, second = _post(db, w, "Posyandu Melati"), _post(db, w, "Pasar murah")
    reviewer = Notifier(make_ctx(w.kabid), QIcon())
    author = Notifier(make_ctx(w.admin), QIcon())
    assert reviewer.tray is None  # no system tray offscreen: only the signal
    told: list[tuple[str, str]] = []
    reviewer.notified.connect(lambda title, message: told.append((title, message)))
    reviewer.check()
    assert told == []
    seen = _submit(db, w, first)
    reviewer.check()
    assert told == [("Menunggu tinjauan Anda", "«Posyandu Melati»")]
    reviewer.check()
    assert len(told) == 1  # nothing noisy: each thing once
    _submit(db, w, second)
    with db.session() as s:
        workflow.request_changes(s, w.kabid, first, seen, "Foto kurang jelas.")
    with qtbot.waitSignal(author.notified) as signal:
        author.check()
    assert signal.args == ["Post Anda perlu perbaikan", "«Posyandu Melati» oleh Budi — Foto kurang jelas."]
    reviewer.check()
    assert told[1:] == [("Menunggu tinjauan Anda", "«Pasar murah»")]
    with qtbot.assertNotEmitted(author.notified):
        author.check()


def test_several_notices_become_one_message(world: Any, make_ctx: Callable[[str], AppContext]) -> None:
    notifier = Notifier(make_ctx(world.kabid), QIcon())
    notices = [Notice(NoticeKind.WAITING, str(i), f"Post {i}") for i in range(6)]
    title, message = notifier.summary(notices)
    assert title == "6 kabar baru di OPD Studio"
    assert message.splitlines() == [
        "Menunggu tinjauan Anda: «Post 0»",
        "Menunggu tinjauan Anda: «Post 1»",
        "Menunggu tinjauan Anda: «Post 2»",
        "Menunggu tinjauan Anda: «Post 3»",
        "… dan 2 lagi",
    ]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen cannot raise or activate a window
def test_clicking_a_notice_brings_the_window_to_the_queue(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    window = MainWindow(make_ctx(world.kabid))
    qtbot.addWidget(window)
    window.notifier.activated.emit("waiting")
    assert window.nav.currentRow() == 2
    window.notifier.activated.emit("decided")
    assert window.nav.currentRow() == 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen cannot raise or activate a window
def test_a_notice_refreshes_the_feed_and_opens_at_its_post(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    with db.session() as s:
        for title in ("Apel pagi", "Musrenbang", "Donor darah"):
            posts.create_post(s, world.admin, world.bidang, title=title, main_text="Kegiatan.")
        post = posts.create_post(
            s, world.admin, world.bidang, title="Posyandu", main_text="Kegiatan.", target_account_ids=[world.instagram]
        )
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    window.notifier.check()  # the first look: nothing new yet
    feed_before = window.home.feed.count()
    with db.session() as s:
        workflow.submit(s, world.admin, post.id)
        workflow.request_changes(s, world.kabid, post.id, post.content_hash, "Tambahkan jamnya.")
    window.notifier.check()  # the background look finds the decision
    assert window.notifier.last_post_id == post.id
    assert window.home.feed.count() > feed_before  # Beranda's activity feed already shows it
    window.notifier.activated.emit("decided")
    selected = window.drafts._selected()
    assert window.nav.currentRow() == 1 and selected is not None and selected.id == post.id
