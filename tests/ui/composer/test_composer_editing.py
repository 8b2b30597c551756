"""Writing in the composer as an admin does: type, watch the counters, variants that follow the main text
until edited, undo and redo, a website article, the event details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.i18n import install_language
from tests.ui.composer.conftest import OpenComposer


def _target(dialog: ComposerDialog, *account_ids: str) -> None:
    for account_id in account_ids:
        dialog.details.check_target(account_id)


def _counts(dialog: ComposerDialog, platform: str) -> dict[str, tuple[int, bool]]:
    return {c.what: (c.value, c.over) for c in dialog.main_counters.counts[platform]}


def test_typing_moves_every_platforms_counter(
    qtbot: QtBot, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    _target(dialog, accounts["instagram"], accounts["x"])
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Teks utama", "Instagram", "X"]
    qtbot.keyClicks(dialog.main_editor, "Vaksinasi rabies gratis ")
    dialog.main_editor.insertPlainText("🐶")  # QTest types ASCII only
    qtbot.keyClicks(dialog.main_editor, " #sehat")
    assert _counts(dialog, "instagram") == {"text": (32, False), "hashtags": (1, False)}
    assert _counts(dialog, "x") == {"text": (33, False)}  # X counts the emoji as 2
    qtbot.keyClicks(dialog.main_editor, " #a #b #c #d #e")
    assert _counts(dialog, "instagram")["hashtags"] == (6, True)
    assert "tagar 6/5" in dialog.main_counters.text()


def test_text_past_xs_limit_is_marked_where_it_overflows(
    qtbot: QtBot, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    _target(dialog, accounts["x"])
    dialog.main_editor.setPlainText("a" * 279)
    assert [m.kind for m in dialog.main_editor.marks()] == []
    qtbot.keyClicks(dialog.main_editor, "bcd")
    overflow = [m for m in dialog.main_editor.marks() if m.kind == "overflow"]
    assert [(m.start, m.end) for m in overflow] == [(280, 282)]
    assert _counts(dialog, "x")["text"] == (282, True)


def test_a_variant_follows_the_main_text_until_the_admin_edits_it(
    qtbot: QtBot, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    _target(dialog, accounts["instagram"], accounts["facebook"])
    qtbot.keyClicks(dialog.main_editor, "Musrenbang kecamatan.")
    instagram = dialog.variant_editors["instagram"]
    dialog.tabs.setCurrentWidget(instagram)
    assert instagram.follows_main and instagram.text.toPlainText() == "Musrenbang kecamatan."
    qtbot.keyClick(instagram.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(instagram.text, " #musrenbang")
    assert not instagram.follows_main
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.main_editor, " Hadir camat.")
    state = dialog.current_state()
    assert state.variant("instagram").text == "Musrenbang kecamatan. #musrenbang"
    assert state.variant("facebook").text == "Musrenbang kecamatan. Hadir camat."
    instagram.follow.setChecked(True)
    assert dialog.current_state().variant("instagram").text == "Musrenbang kecamatan. Hadir camat."


def test_undo_and_redo_in_the_editor_last_used(qtbot: QtBot, open_composer: OpenComposer) -> None:
    dialog = open_composer()
    dialog.main_editor.setFocus()
    qtbot.keyClicks(dialog.main_editor, "Halo")
    qtbot.keyClick(dialog.main_editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.main_editor.toPlainText() == ""
    dialog.redo_button.click()
    assert dialog.main_editor.toPlainText() == "Halo"
    dialog.undo_button.click()
    assert dialog.main_editor.toPlainText() == ""


def test_a_website_article_and_the_event_details_are_saved(
    qtbot: QtBot, db: Database, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    _target(dialog, accounts["website"], accounts["tiktok"])
    qtbot.keyClicks(dialog.details.title_edit, "Pasar murah Ramadan")
    qtbot.keyClicks(dialog.main_editor, "Pemkab menggelar pasar murah di Lapangan Setia Negara.")
    article = dialog.variant_editors["website"]
    qtbot.keyClicks(article.title, "Pemkab Gelar Pasar Murah Jelang Ramadan")
    article.dateline.setText("CURUP, 12 Mei 2025 —")
    qtbot.keyClicks(article.lead, "Ribuan warga memadati pasar murah.")
    qtbot.keyClicks(article.writer, "Ani")
    tiktok = dialog.variant_editors["tiktok"]
    qtbot.keyClicks(tiktok.title, "J" * 95)
    assert "border" in tiktok.title.styleSheet()  # over TikTok's 90
    dialog.details.event_date.setDate(QDate(2025, 5, 12))
    qtbot.keyClicks(dialog.details.place, "Lapangan Setia Negara")
    qtbot.keyClicks(dialog.details.programme, "Pasar Murah")
    assert dialog.save()
    with db.session() as s:
        post = posts.get_post(s, dialog.post_id or "")
        variants = {v.platform: v for v in posts.variants_of(s, post.id)}
    assert (post.title, post.event_date, post.event_place, post.programme) == (
        "Pasar murah Ramadan",
        date(2025, 5, 12),
        "Lapangan Setia Negara",
        "Pasar Murah",
    )
    website = variants["website"]
    assert website.title == "Pemkab Gelar Pasar Murah Jelang Ramadan"
    assert website.extra == {
        "dateline": "CURUP, 12 Mei 2025 —",
        "lead": "Ribuan warga memadati pasar murah.",
        "writer": "Ani",
    }
    assert website.text == post.main_text
    reopened = open_composer(post.id)
    assert reopened.variant_editors["website"].follows_main
    assert reopened.variant_editors["website"].lead.toPlainText() == "Ribuan warga memadati pasar murah."
    offered = reopened.details.programme.completer().model()
    assert offered.data(offered.index(0, 0)) == "Pasar Murah"


def test_the_preview_shows_the_platform_and_marks_where_the_feed_folds_the_caption(
    qtbot: QtBot, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    dialog = open_composer()
    _target(dialog, accounts["instagram"], accounts["x"])
    qtbot.keyClicks(dialog.main_editor, "Kata " * 40 + "#RejangLebong")
    dialog._refresh_preview()
    dialog.preview.show_target("instagram")
    assert "@kominfo.rl" in dialog.preview.header.text()
    shown = dialog.preview.text.text()
    assert "… selengkapnya" in shown
    assert shown.index("selengkapnya") < shown.index("RejangLebong")  # folded there, yet the rest is shown
    dialog.preview.show_target("x")
    assert "RejangLebong" in dialog.preview.text.text()
    dialog.tabs.setCurrentWidget(dialog.variant_editors["instagram"])
    assert dialog.preview.current_target()[0] == "instagram"


def test_a_post_sent_back_shows_what_the_reviewer_asked(db: Database, world: Any, open_composer: OpenComposer) -> None:
    with db.session() as s:
        post = posts.create_post(
            s, world.admin, world.bidang, main_text="Musrenbang.", target_account_ids=[world.facebook]
        )
        workflow.submit(s, world.admin, post.id)
        workflow.request_changes(s, world.kabid, post.id, post.content_hash, "Sebutkan jumlah peserta.")
    dialog = open_composer(post.id)
    assert dialog.banner.isVisibleTo(dialog)
    assert dialog.banner.text() == "Budi meminta perbaikan: Sebutkan jumlah peserta."
    assert dialog.details.history.item(0).text().endswith("Budi meminta perbaikan: Sebutkan jumlah peserta.")
    assert dialog.details.status.text() == "Perlu perbaikan"


def test_the_composer_speaks_english_when_asked(
    qapp: QApplication, open_composer: OpenComposer, accounts: dict[str, str]
) -> None:
    install_language(qapp, "en")
    try:
        dialog = open_composer()
        dialog.details.check_target(accounts["x"])
        dialog.main_editor.setPlainText("Halo")
        assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Main text", "X"]
        assert "X count 4/280" in dialog.main_counters.text()
        assert dialog.submit_button.text() == "Save && submit for review"
    finally:
        install_language(qapp, "id")


def test_a_new_post_starts_in_the_admins_own_unit_not_the_first_alphabetically(
    db: Database, world: Any, open_composer: OpenComposer, password_hash: str
) -> None:
    from opdstudio.core.domain.enums import Role
    from opdstudio.core.services.people import add_person

    with db.session() as s:
        kadis_admin = add_person(
            s,
            name="Admin Dinas",
            login="admin.dinas",
            password="",
            password_hash=password_hash,
            roles=[(world.dinas, Role.ADMIN, 1)],
        ).id
    dialog = open_composer(person=kadis_admin)
    names = [dialog.details.org.itemText(i) for i in range(dialog.details.org.count())]
    assert "Bidang Informasi dan Komunikasi Publik" in names  # a unit below, first in the alphabet
    assert dialog.details.org.currentData() == world.dinas
