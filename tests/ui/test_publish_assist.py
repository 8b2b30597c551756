"""The publish-assist dialog driven as an admin uses it: copy, save photos, open the page, record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.domain.models import OfficialAccount
from opdstudio.core.services import photos, posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.publish_assist import PublishAssistDialog
from opdstudio.ui.pages.drafts import DraftsPage

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor Kabupaten Rejang Lebong."
FB_TEXT = "Pelatihan literasi digital hari ini diikuti 40 perangkat desa. Terima kasih para peserta! #RejangLebong"


def _photo(db: Database, w: Any, folder: Path, name: str, colour: tuple[int, int, int]) -> str:
    path = folder / name
    image = Image.new("RGB", (800, 600), colour)
    image.paste((240, 240, 240), (200, 150, 600, 450))
    image.save(path, quality=85)
    [result] = photos.import_files(db, w.admin, [path])
    assert result.photo is not None
    return result.photo.photo_id


def _approved(db: Database, w: Any, tmp_path: Path, *, submit: bool = True) -> str:
    shots = [_photo(db, w, tmp_path, f"foto{i}.jpg", c) for i, c in enumerate([(20, 90, 160), (160, 60, 30)])]
    with db.session() as s:
        post = posts.create_post(
            s,
            w.admin,
            w.bidang,
            title="Pelatihan Literasi Digital bagi Perangkat Desa",
            main_text=TEXT,
            target_account_ids=[w.instagram, w.facebook],
        )
        edit = posts.PostEdit(
            variants={"facebook": posts.VariantEdit(FB_TEXT)},
            photos=[posts.PhotoPlacement(pid, {}, f"Peserta pelatihan {i}") for i, pid in enumerate(shots, 1)],
        )
        posts.edit_post(s, w.admin, post.id, edit)
        if submit:
            workflow.submit(s, w.admin, post.id)
            workflow.approve(s, w.kabid, post.id, post.content_hash)
        return post.id


@pytest.fixture
def opened(
    qtbot: QtBot, db: Database, world: Any, tmp_path: Path, make_ctx: Callable[[str], AppContext]
) -> PublishAssistDialog:
    dialog = PublishAssistDialog(make_ctx(world.admin), _approved(db, world, tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _tab(dialog: PublishAssistDialog, platform: str) -> Any:
    index = next(i for i, p in enumerate(dialog.panels) if p.target.platform == platform)
    dialog.tabs.setCurrentIndex(index)
    return dialog.panels[index]


def test_each_tab_shows_and_copies_the_caption_of_its_platform(opened: PublishAssistDialog) -> None:
    assert [opened.tabs.tabText(i) for i in range(opened.tabs.count())] == [
        "Facebook kominforl",
        "Instagram @kominfo.rl",
    ]
    assert "disetujui oleh Budi (tingkat 1" in opened.summary.text()
    facebook = _tab(opened, "facebook")
    facebook.copy_caption.click()
    assert QGuiApplication.clipboard().text() == FB_TEXT and facebook.text_state.text() == "Teks disalin."
    instagram = _tab(opened, "instagram")
    assert instagram.caption.toPlainText() == TEXT and instagram.thumbs.count() == 2
    assert not instagram.copy_title.isVisible()


def test_photos_are_saved_for_the_platform_and_the_folder_opens(
    opened: PublishAssistDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path / "unggah"))
    instagram = _tab(opened, "instagram")
    assert not instagram.open_folder.isEnabled()
    instagram.save_photos.click()
    saved = sorted(p.name for p in (tmp_path / "unggah").iterdir())
    stem = "pelatihan-literasi-digital-bagi"
    assert saved == [f"{stem}-instagram-01.jpg", f"{stem}-instagram-02.jpg"]
    with Image.open(tmp_path / "unggah" / saved[0]) as image:
        assert image.size == (1080, 1080)  # 4:3 photos go out as Instagram squares
    assert "2 berkas disimpan" in instagram.photo_state.text()
    instagram.open_folder.click()
    instagram.open_page.click()
    assert [u.toLocalFile() for u in opened_urls[:1]] == [str(tmp_path / "unggah")]
    assert opened_urls[1].toString() == "https://instagram.com/kominfo.rl"
    facebook = _tab(opened, "facebook")
    hint = "2 foto, disimpan berurutan dalam ukuran untuk Facebook: sisi terpanjang paling besar 2048 px."
    assert facebook.photo_state.text() == hint
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: "")  # cancelled: nothing happens
    facebook.save_photos.click()
    assert facebook.photo_state.text() == hint and not facebook.open_folder.isEnabled()


def test_recording_checks_the_link_then_records_the_approved_hash(
    qtbot: QtBot, opened: PublishAssistDialog, db: Database
) -> None:
    instagram = _tab(opened, "instagram")
    qtbot.keyClicks(instagram.url, "https://www.facebook.com/kominforl/posts/1")
    qtbot.keyClick(instagram.url, Qt.Key.Key_Return)
    assert instagram.record_state.text() == "Tautan ini bukan alamat Instagram (instagram.com)."
    instagram.url.clear()
    qtbot.keyClicks(instagram.url, "https://www.instagram.com/p/Cx1/")
    instagram.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 30)))
    instagram.record_button.click()
    assert instagram.record_state.text() == "Publikasi dicatat." and instagram.url.text() == ""
    assert "✓ Terbit 02-03-2026 09:30 — https://www.instagram.com/p/Cx1/ (dicatat oleh Ani)" in instagram.records.text()
    assert opened.tabs.tabText(1) == "Instagram @kominfo.rl  ✓"
    with db.session() as s:
        post = posts.get_post(s, opened.post_id)
        assert post.status == PostStatus.PUBLISHED
        assert posts.compute_hash(s, post) == opened.plan.content_hash


def test_a_post_not_approved_cannot_be_published_from_the_dialog(
    qtbot: QtBot, db: Database, world: Any, tmp_path: Path, make_ctx: Callable[[str], AppContext]
) -> None:
    dialog = PublishAssistDialog(make_ctx(world.admin), _approved(db, world, tmp_path, submit=False))
    qtbot.addWidget(dialog)
    assert "belum disetujui" in dialog.summary.text()
    assert not any(panel.isEnabled() for panel in dialog.panels)


def test_a_website_target_exports_the_article(
    qtbot: QtBot,
    db: Database,
    world: Any,
    tmp_path: Path,
    make_ctx: Callable[[str], AppContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w = world
    with db.session() as s:
        site = OfficialAccount(
            organisation_id=w.dinas, platform="website", handle="kominfo", url="https://kominfo.rejanglebongkab.go.id"
        )
        s.add(site)
        s.flush()
        post = posts.create_post(s, w.admin, w.bidang, title="Pelatihan", main_text=TEXT, target_account_ids=[site.id])
        article = posts.VariantEdit(TEXT, "Diskominfo Latih Perangkat Desa", {"dateline": "CURUP —"})
        posts.edit_post(s, w.admin, post.id, posts.PostEdit(variants={"website": article}))
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
    dialog = PublishAssistDialog(make_ctx(w.admin), post.id)
    qtbot.addWidget(dialog)
    [panel] = dialog.panels
    assert panel.title.text() == "Diskominfo Latih Perangkat Desa" and panel.save_photos.isEnabled()
    panel.copy_html.click()
    assert QGuiApplication.clipboard().text().startswith("<article>\n<h1>Diskominfo Latih Perangkat Desa</h1>")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path / "cms"))
    panel.save_photos.click()
    assert sorted(p.name for p in (tmp_path / "cms").iterdir()) == ["pelatihan.html", "pelatihan.txt"]


def test_drafts_page_opens_publish_assist_only_for_approved_posts(
    qtbot: QtBot,
    db: Database,
    world: Any,
    tmp_path: Path,
    make_ctx: Callable[[str], AppContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    approved = _approved(db, world, tmp_path)
    with db.session() as s:
        posts.create_post(s, world.admin, world.bidang, title="Draf lain", main_text=TEXT)
    opened: list[str] = []
    monkeypatch.setattr(PublishAssistDialog, "exec", lambda self: opened.append(self.post_id) or 0)
    page = DraftsPage(make_ctx(world.admin))
    qtbot.addWidget(page)
    page.refresh()
    rows = {page.model.row_at(r).title: r for r in range(page.model.rowCount())}
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(rows["Draf lain"], 0)).row())
    assert not page.publish_button.isEnabled() and page.trail_button.isEnabled()
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(rows[_title()], 0)).row())
    assert page.publish_button.isEnabled()
    page.publish_button.click()
    assert opened == [approved]


def _title() -> str:
    return "Pelatihan Literasi Digital bagi Perangkat Desa"


def test_the_photos_shown_are_those_the_platform_receives(opened: PublishAssistDialog) -> None:
    instagram = _tab(opened, "instagram")
    icon = instagram.thumbs.item(0).icon()
    size = icon.pixmap(icon.availableSizes()[0]).size()
    assert size.width() == size.height()  # the Instagram square that goes out, not the 4:3 original
    facebook = _tab(opened, "facebook")
    icon = facebook.thumbs.item(0).icon()
    size = icon.pixmap(icon.availableSizes()[0]).size()
    assert size.width() * 3 == size.height() * 4  # Facebook takes the whole 4:3 photo


def test_the_publication_time_is_the_time_of_recording_unless_corrected(
    opened: PublishAssistDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opdstudio.ui.dialogs import publish_assist

    instagram = _tab(opened, "instagram")
    opened_at = datetime.now(publish_assist.LOCAL_TZ) - timedelta(hours=2)

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return opened_at

    with monkeypatch.context() as patch:
        patch.setattr(publish_assist, "datetime", Clock)
        instagram._reset_time()  # the dialog opened two hours ago and stood open
    instagram.url.setText("https://www.instagram.com/p/Cx2/")
    instagram.record_button.click()
    assert instagram.record_state.text() == "Publikasi dicatat."
    assert f"Terbit {opened_at:%d-%m-%Y %H:%M}" not in instagram.records.text()
    now = datetime.now(publish_assist.LOCAL_TZ)
    assert f"Terbit {now:%d-%m-%Y}" in instagram.records.text()
    facebook = _tab(opened, "facebook")
    facebook.when.setDateTime(QDateTime(QDate(2026, 1, 2), QTime(8, 0)))  # the admin corrects it
    facebook.url.setText("https://www.facebook.com/kominforl/posts/2")
    facebook.record_button.click()
    assert "Terbit 02-01-2026 08:00" in facebook.records.text()
