"""Draf as admins use it daily: the last changed post first, dates sorted as dates, and after submitting a
confirmation with the post still selected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Post
from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.context import AppContext
from opdstudio.ui.main_window import MainWindow
from opdstudio.ui.pages.drafts import CHANGED, DraftsPage


def _post(db: Database, world: Any, title: str, changed: datetime) -> str:
    with db.session() as s:
        post = posts.create_post(
            s, world.admin, world.bidang, title=title, main_text="Kegiatan warga.", target_account_ids=[world.instagram]
        )
        stored = s.get(Post, post.id)
        assert stored is not None
        stored.updated_at = changed
        s.add(stored)
        return post.id


def _titles(page: DraftsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_drafts_are_sorted_by_last_change_newest_first_and_dates_sort_as_dates(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    _post(db, world, "Apel pagi", datetime(2025, 12, 10, 2, tzinfo=UTC))  # "10-12-2025": last as a date
    _post(db, world, "Zumba bersama", datetime(2026, 1, 9, 2, tzinfo=UTC))  # "09-01-2026": first as a date
    _post(db, world, "Musrenbang", datetime(2025, 12, 31, 2, tzinfo=UTC))
    page = DraftsPage(make_ctx(world.admin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.horizontalHeader().sortIndicatorSection() == CHANGED
    assert _titles(page) == ["Zumba bersama", "Musrenbang", "Apel pagi"]
    page.table.sortByColumn(CHANGED, Qt.SortOrder.AscendingOrder)
    assert _titles(page) == ["Apel pagi", "Musrenbang", "Zumba bersama"]


def test_after_submitting_the_post_stays_selected_with_a_confirmation(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext], monkeypatch: Any
) -> None:
    for day in range(1, 4):
        _post(db, world, f"Kegiatan {day}", datetime(2026, 1, day, tzinfo=UTC))
    chosen = _post(db, world, "Bakti sosial", datetime(2025, 6, 1, tzinfo=UTC))
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    window.nav.setCurrentRow(1)
    page = window.drafts
    assert page.notice.isHidden()

    def submit(composer: ComposerDialog) -> int:
        composer.save_and_submit()
        return int(composer.result())

    monkeypatch.setattr(ComposerDialog, "exec", submit)
    window.open_post(chosen)
    selected = page._selected()
    assert selected is not None and selected.id == chosen and selected.status == "in_review"
    assert page.notice.isVisibleTo(page)
    assert page.notice.text() == "“Bakti sosial” diajukan ke atasan dan kini menunggu tinjauan."
