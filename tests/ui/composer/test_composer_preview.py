"""What the supervisor approves is what goes out: the preview shows the whole text, every target account and
every photo framed as the platform receives it, in the composer and on the review screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import OfficialAccount
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.pages.review import ReviewPage
from tests.ui.composer.conftest import OpenComposer

LONG = "Paragraf pertama tentang kegiatan.\n\nParagraf kedua " + "warga hadir " * 40 + "\n\nParagraf ketiga AKHIR."


def _second_instagram(db: Database, world: Any) -> str:
    with db.session() as s:
        account = OfficialAccount(
            organisation_id=world.dinas,
            platform="instagram",
            handle="@diskominfo.rl",
            url="https://instagram.com/diskominfo.rl",
        )
        s.add(account)
        s.flush()
        return account.id


def test_the_whole_text_is_shown_and_the_preview_scrolls(
    qtbot: QtBot, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    dialog.details.check_target(accounts["facebook"])
    dialog.main_editor.setPlainText(LONG)
    dialog._refresh_preview()
    preview = dialog.preview
    label = preview.text
    assert "Paragraf ketiga AKHIR." in label.text()
    # the label is as tall as its wrapped text needs: nothing after the first blank line is cut off
    assert label.height() >= label.heightForWidth(label.width())
    preview.resize(420, 300)
    qtbot.waitUntil(lambda: preview.scroll.verticalScrollBar().maximum() > 0)


def test_every_target_account_is_listed_and_previewed(
    db: Database, world: Any, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    second = _second_instagram(db, world)
    dialog = open_composer()
    dialog.details.check_target(accounts["instagram"])
    dialog.details.check_target(second)
    dialog.main_editor.setPlainText("Dua akun Instagram.")
    dialog._refresh_preview()
    names = [dialog.preview.platform.itemText(i) for i in range(dialog.preview.platform.count())]
    assert names == ["Instagram · @diskominfo.rl", "Instagram · @kominfo.rl"]
    dialog.preview.platform.setCurrentIndex(1)
    assert "@kominfo.rl" in dialog.preview.header.text()
    dialog.preview.platform.setCurrentIndex(0)
    assert "@diskominfo.rl" in dialog.preview.header.text()


def test_the_review_screen_has_a_tab_per_target_account(
    db: Database, world: Any, qtbot: QtBot, make_ctx: Callable[[str], AppContext]
) -> None:
    second = _second_instagram(db, world)
    with db.session() as s:
        post = posts.create_post(
            s, world.admin, world.bidang, title="Dua akun", main_text=LONG, target_account_ids=[world.instagram, second]
        )
        workflow.submit(s, world.admin, post.id)
    page = ReviewPage(make_ctx(world.kabid))
    qtbot.addWidget(page)
    page.refresh()
    page.select_post(post.id)
    tabs = [page.detail.previews.tabText(i) for i in range(page.detail.previews.count())]
    assert tabs == ["Instagram @diskominfo.rl", "Instagram @kominfo.rl"]
    assert "@kominfo.rl" in page.detail.header.text() and "@diskominfo.rl" in page.detail.header.text()
    assert "Paragraf ketiga AKHIR." in page.detail.pane("instagram", "@kominfo.rl").text.text()


def test_every_photo_is_shown_in_a_carousel_framed_as_the_platform_receives_it(
    open_composer: OpenComposer, photo_file: Callable[..., Path], accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    dialog.details.check_target(accounts["instagram"])
    dialog.details.check_target(accounts["x"])
    dialog.main_editor.setPlainText("Tiga foto.")
    dialog.importer.import_files([photo_file("a.jpg"), photo_file("b.jpg", size=(320, 480)), photo_file("c.jpg")])
    dialog._refresh_preview()
    preview = dialog.preview
    preview.show_target("instagram")
    assert preview.carousel.isVisibleTo(preview) and preview.photo_counter.text() == "Foto 1 dari 3"
    first = preview.image.pixmap().toImage()
    preview.next_photo.click()
    assert preview.photo_counter.text() == "Foto 2 dari 3"
    # an Instagram carousel takes the first photo's shape: the tall second photo is cropped to 1.91:1 too
    assert (preview.image.pixmap().width(), preview.image.pixmap().height()) == (360, 189)
    assert preview.image.pixmap().toImage() != first
    preview.show_target("x")  # X takes each photo whole
    assert (preview.image.pixmap().width(), preview.image.pixmap().height()) == (360, 540)
    preview.next_photo.click()
    assert preview.photo_counter.text() == "Foto 3 dari 3" and not preview.next_photo.isEnabled()
