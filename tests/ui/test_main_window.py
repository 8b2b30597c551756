"""The main window: every page shows real content for the signed-in person; the status bar tells the mode."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.main_window import MainWindow

NAV = ["Beranda", "Draf", "Tinjauan", "Log Publikasi", "Laporan", "Akun Resmi", "Pengaturan"]


def _submitted(db: Database, world: Any, title: str = "Posyandu Melati") -> str:
    w = world
    with db.session() as s:
        post = posts.create_post(
            s,
            w.admin,
            w.bidang,
            title=title,
            main_text="Posyandu Melati melayani 40 balita.",
            target_account_ids=[w.instagram],
        )
        workflow.submit(s, w.admin, post.id)
        return post.id


def test_navigation_lists_every_section_and_status_bar_says_local(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == NAV
    assert "tidak terhubung ke basis data bersama" in window.profile_state.text()
    assert "Ani" in window.who.text() and "Admin media sosial" in window.who.text()


def test_reviewer_sees_the_waiting_post_on_home_and_in_the_queue_and_approves_it(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    post_id = _submitted(db, world)
    window = MainWindow(make_ctx(world.kabid))
    qtbot.addWidget(window)
    assert window.nav.item(2).text() == "Tinjauan (1)"
    assert window.home.waiting.item(0).text().startswith("Posyandu Melati")
    window.nav.setCurrentRow(2)
    assert window.review.model.rowCount() == 1
    assert "Posyandu Melati melayani 40 balita." in window.review.detail.pane("instagram").text.text()
    window.review.approve_button.click()
    assert window.review.model.rowCount() == 0
    assert window.nav.item(2).text() == "Tinjauan"
    with db.session() as s:
        assert posts.get_post(s, post_id).status == PostStatus.APPROVED


def test_request_changes_without_a_comment_is_refused_with_a_message(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    _submitted(db, world)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = MainWindow(make_ctx(world.kabid))
    qtbot.addWidget(window)
    window.nav.setCurrentRow(2)
    window.review.changes_button.click()
    assert shown == ["Tulis apa yang perlu diperbaiki."]
    window.review.comment.setPlainText("Tambahkan nama posyandu di judul.")
    window.review.changes_button.click()
    assert window.review.model.rowCount() == 0


def test_drafts_page_filters_by_search_and_status(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    _submitted(db, world, "Posyandu Melati")
    with db.session() as s:
        posts.create_post(s, world.admin, world.bidang, title="Gotong royong Desa Air Meles")
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    window.nav.setCurrentRow(1)
    page = window.drafts
    assert page.model.rowCount() == 2
    page.status.setCurrentIndex(page.status.findData("in_review"))
    assert [r.title for r in page.model.rows] == ["Posyandu Melati"]
    page.status.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "gotong")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].title == "Gotong royong Desa Air Meles"


def test_every_page_opens_without_error(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    _submitted(db, world)
    window = MainWindow(make_ctx(world.oversight))
    qtbot.addWidget(window)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    window.nav.setCurrentRow(5)
    assert window.accounts.model.rowCount() == 2  # oversight sees every registered account
    window.nav.setCurrentRow(4)
    names = [r.name for r in window.reports.model.rows]
    assert "Dinas Komunikasi dan Informatika" in names and "Bidang Informasi dan Komunikasi Publik" not in names
