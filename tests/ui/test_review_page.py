"""The review screen (Tinjauan) driven as a supervisor would: the queue oldest first with the level waiting,
a preview per target platform, photos, the diff after a request-changes / edit / resubmit cycle, keyboard
navigation and decisions, required comments, a confirmed reject."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.enums import PolicyCondition, PostStatus
from opdstudio.core.domain.models import ApprovalLevel, Review
from opdstudio.core.services import composing, photos, posts, workflow
from opdstudio.core.services.diffing import Op, word_diff
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.pages.review import ReviewPage
from opdstudio.ui.review.diff_view import DELETE_STYLE, INSERT_STYLE, readable

TEXT = "Posyandu Melati melayani 40 balita di Desa Air Meles."


def _submit(db: Database, world: Any, title: str, text: str = TEXT) -> str:
    with db.session() as s:
        post = posts.create_post(
            s,
            world.admin,
            world.bidang,
            title=title,
            main_text=text,
            target_account_ids=[world.instagram, world.facebook],
        )
        workflow.submit(s, world.admin, post.id)
        return post.id


def _edit_and_resubmit(
    db: Database, world: Any, post_id: str, change: Callable[[composing.ComposerState], None]
) -> None:
    with db.session() as s:
        state = composing.state_from_post(s, posts.get_post(s, post_id))
        change(state)
        composing.save(s, world.admin, state)
        workflow.submit(s, world.admin, post_id)


def _status(db: Database, post_id: str) -> str:
    with db.session() as s:
        return posts.get_post(s, post_id).status


@pytest.fixture
def open_page(qtbot: QtBot, make_ctx: Callable[[str], AppContext]) -> Callable[[str], ReviewPage]:
    def open_(person_id: str) -> ReviewPage:
        page = ReviewPage(make_ctx(person_id))
        qtbot.addWidget(page)
        page.resize(1100, 760)
        with qtbot.waitExposed(page):
            page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)  # window shortcuts need an active window
        page.refresh()
        page.table.setFocus()
        return page

    return open_


@pytest.fixture
def refused(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page showed in a warning box (instead of a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def test_queue_is_oldest_first_with_the_level_waiting_and_a_preview_per_platform(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage]
) -> None:
    with db.session() as s:
        s.add(ApprovalLevel(organisation_id=world.dinas, level=1, label="Kepala Bidang"))
        s.add(
            ApprovalLevel(
                organisation_id=world.dinas, level=2, label="Kepala Dinas", condition=PolicyCondition.ON_REGENT_MENTION
            )
        )
    _submit(db, world, "Posyandu Melati")
    _submit(db, world, "Bupati buka Musrenbang", "Bupati membuka Musrenbang Kecamatan Curup.")
    page = open_page(world.kabid)
    assert [r.title for r in page.model.rows] == ["Posyandu Melati", "Bupati buka Musrenbang"]
    levels = [page.model.index(row, 4).data() for row in range(2)]
    assert levels == ["1/1", "1/2"]
    assert "menunggu tingkat 1 dari 1" in page.detail.header.text()

    tabs = [page.detail.previews.tabText(i) for i in range(page.detail.previews.count())]
    assert tabs == ["Facebook kominforl", "Instagram @kominfo.rl"]
    instagram = page.detail.pane("instagram")
    assert instagram.current_target() == ("instagram", "@kominfo.rl")
    assert "@kominfo.rl" in instagram.text.text() and "Posyandu Melati melayani 40 balita" in instagram.text.text()
    page.detail.previews.setCurrentIndex(0)
    facebook = page.detail.pane("facebook")
    assert facebook.isVisible() and "kominforl" in facebook.header.text()
    assert "Posyandu Melati melayani 40 balita" in facebook.text.text()
    info = [page.detail.info.tabText(i) for i in range(page.detail.info.count())]
    assert info == ["Temuan (0)", "Foto (0)", "Riwayat (0)"]  # a first submission has nothing to diff against

    page.go(1)
    assert "menunggu tingkat 1 dari 2" in page.detail.header.text()
    assert "Bupati membuka Musrenbang" in page.detail.pane("facebook").text.text()


def test_photos_show_with_caption_alt_text_and_consent_note(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage], tmp_path: Path
) -> None:
    picture = tmp_path / "kegiatan.jpg"
    Image.new("RGB", (480, 320), (40, 120, 200)).save(picture, "JPEG")
    [imported] = photos.import_files(db, world.admin, [picture])
    assert imported.photo is not None
    post_id = _submit(db, world, "Posyandu Melati")
    with db.session() as s:
        workflow.request_changes(s, world.kabid, post_id, posts.compute_hash(s, posts.get_post(s, post_id)), "Foto?")

    def add_photo(state: composing.ComposerState) -> None:
        assert imported.photo is not None
        state.photos = [imported.photo]
        state.photos[0].caption = "Kader menimbang balita."
        state.photos[0].alt_text = "Seorang kader menimbang bayi di posyandu."
        state.photos[0].contains_children = True
        state.photos[0].consent_note = "Izin lisan orang tua."

    _edit_and_resubmit(db, world, post_id, add_photo)
    page = open_page(world.kabid)
    detail = page.detail
    detail.info.setCurrentWidget(detail.photos)
    text = detail.photos.item(0).text()
    assert "Foto 1: Kader menimbang balita." in text
    assert "Teks alternatif: Seorang kader menimbang bayi di posyandu." in text
    assert "Ada anak-anak · persetujuan: Izin lisan orang tua." in text
    assert not detail.photos.item(0).icon().isNull()
    assert detail.pane("instagram").image.pixmap() is not None and detail.pane("instagram").image.isVisibleTo(
        detail.pane("instagram")
    )
    assert [page.target.itemText(i) for i in range(page.target.count())] == [
        "Seluruh post",
        "Facebook",
        "Instagram",
        "Foto 1",
    ]


def test_the_diff_shows_photo_thumbnails_and_alt_text_caption_and_consent_changes(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage], tmp_path: Path
) -> None:
    picture = tmp_path / "kegiatan.jpg"
    Image.new("RGB", (480, 320), (40, 120, 200)).save(picture, "JPEG")
    [imported] = photos.import_files(db, world.admin, [picture])
    assert imported.photo is not None
    with db.session() as s:
        post = posts.create_post(
            s, world.admin, world.bidang, title="Posyandu", main_text=TEXT, target_account_ids=[world.instagram]
        )
        post_id = post.id
    photo = imported.photo

    def placed(caption: str, alt: str, consent: str) -> Callable[[composing.ComposerState], None]:
        def change(state: composing.ComposerState) -> None:
            state.photos = [photo]
            photo.caption, photo.alt_text, photo.consent_note = caption, alt, consent

        return change

    _edit_and_resubmit(db, world, post_id, placed("Kader menimbang.", "Kader dan bayi.", "Izin lisan."))
    with db.session() as s:
        workflow.request_changes(s, world.kabid, post_id, posts.compute_hash(s, posts.get_post(s, post_id)), "Alt?")
    _edit_and_resubmit(db, world, post_id, placed("Kader menimbang.", "Kader menimbang bayi.", "Izin tertulis."))
    page = open_page(world.kabid)
    changes = page.detail.changes
    text = changes.toPlainText()
    assert "Teks alternatif: Kader" in text and "Catatan persetujuan: Izin" in text
    html_text = changes.toHtml()
    for gone, new in (("dan", "menimbang"), ("lisan", "tertulis")):  # struck through, then underlined
        assert re.search(f"line-through[^>]*>{gone}<", html_text) and re.search(f"underline[^>]*>{new}", html_text)
    assert f"[{photo.sha256[:8]}]" not in text  # the photo is shown by its picture, not its hash
    assert f"photo:{photo.sha256[:8]}" in changes.toHtml()
    image = changes.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{photo.sha256[:8]}"))
    assert isinstance(image, QImage) and not image.isNull()


def test_the_reviewer_sees_what_changed_since_their_last_review(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage]
) -> None:
    post_id = _submit(db, world, "Posyandu Melati")
    page = open_page(world.kabid)
    page.target.setCurrentIndex(page.target.findText("Instagram"))
    page.comment.setPlainText("Sebutkan jumlah kader yang bertugas.")
    page.changes_button.click()
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    with db.session() as s:
        [review] = s.exec(select(Review)).all()
        assert review.comment == "[Instagram] Sebutkan jumlah kader yang bertugas."

    def edit(state: composing.ComposerState) -> None:
        state.main_text = "Posyandu Melati melayani 40 balita dengan 5 kader di Desa Air Meles."

    _edit_and_resubmit(db, world, post_id, edit)
    page.refresh()
    detail = page.detail
    assert detail.info.currentWidget() is detail.changes
    assert detail.info.tabText(0) == "Perubahan"
    shown = detail.changes.toHtml()
    changes = detail.view.changes if detail.view else None
    assert changes is not None
    main = next(d for d in changes if d.field == "main_text")
    assert [s.text for s in main.segments if s.op == Op.INSERT] == ["dengan 5 kader "]
    assert "Perubahan sejak tinjauan terakhir Anda" in detail.changes.toPlainText()
    assert "dengan 5 kader" in detail.changes.toPlainText()
    assert "underline" in shown and "#d7f5dd" in shown  # the insertion's style survived into the document
    assert "Teks Facebook, Instagram mengikuti teks utama" in detail.changes.toPlainText()
    assert "[Instagram] Sebutkan jumlah kader yang bertugas." in detail.history.toPlainText()
    assert "dengan 5 kader" in detail.pane("instagram").text.text()
    assert INSERT_STYLE != DELETE_STYLE


def test_deletions_are_struck_through(db: Database, world: Any, open_page: Callable[[str], ReviewPage]) -> None:
    post_id = _submit(db, world, "Posyandu Melati")
    with db.session() as s:
        post = posts.get_post(s, post_id)
        workflow.request_changes(s, world.kabid, post_id, posts.compute_hash(s, post), "Hapus nama desa.")
    _edit_and_resubmit(db, world, post_id, lambda st: setattr(st, "main_text", "Posyandu Melati melayani 40 balita."))
    page = open_page(world.kabid)
    html = page.detail.changes.toHtml()
    assert "line-through" in html and "#fde0e0" in html
    assert "di Desa Air Meles" in page.detail.changes.toPlainText()  # still readable, struck through


def test_keyboard_moves_through_the_queue_and_decides(
    qtbot: QtBot, db: Database, world: Any, open_page: Callable[[str], ReviewPage]
) -> None:
    ids = [_submit(db, world, f"Post {n}") for n in range(3)]
    page = open_page(world.kabid)
    decided: list[bool] = []
    page.changed.connect(lambda: decided.append(True))
    assert page.current_row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    assert page.current_row() == 1 and page.current is not None and page.current[0] == ids[1]
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.current_row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_J)  # already the last one
    assert page.current_row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.current_row() == 0

    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "jk")  # letters typed into the comment stay there
    assert page.comment.toPlainText() == "jk" and page.current_row() == 0
    page.comment.clear()
    qtbot.keyClick(page.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(db, ids[0]) == PostStatus.APPROVED
    assert [r.title for r in page.model.rows] == ["Post 1", "Post 2"] and page.current_row() == 0
    assert page.current is not None and page.current[0] == ids[1]  # the next post is open at once

    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Judul kurang jelas.")
    qtbot.keyClick(page.comment, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _status(db, ids[1]) == PostStatus.CHANGES_REQUESTED
    assert page.comment.toPlainText() == ""
    assert [r.title for r in page.model.rows] == ["Post 2"]
    assert decided == [True, True]


def test_request_changes_and_reject_need_a_comment_even_with_a_target(
    db: Database,
    world: Any,
    open_page: Callable[[str], ReviewPage],
    refused: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def question(*_a: Any) -> QMessageBox.StandardButton:
        asked.append("?")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    post_id = _submit(db, world, "Posyandu Melati")
    page = open_page(world.kabid)
    page.target.setCurrentIndex(page.target.findText("Instagram"))
    page.comment.setPlainText("   ")
    page.changes_button.click()
    page.reject_button.click()
    assert refused == ["Tulis apa yang perlu diperbaiki.", "Tulis alasan penolakan."]
    assert asked == []  # nothing to confirm without a reason
    assert _status(db, post_id) == PostStatus.IN_REVIEW and page.model.rowCount() == 1


def test_reject_asks_for_confirmation(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    post_id = _submit(db, world, "Posyandu Melati")
    page = open_page(world.kabid)
    page.comment.setPlainText("Kegiatan ini belum terlaksana.")
    page.reject_button.click()
    assert _status(db, post_id) == PostStatus.IN_REVIEW and page.comment.toPlainText()
    page.reject_button.click()
    assert _status(db, post_id) == PostStatus.REJECTED
    assert "Posyandu Melati" in asked[0] and len(asked) == 2
    assert page.model.rowCount() == 0 and not page.approve_button.isEnabled()


def test_a_post_changed_after_it_was_opened_is_not_approved(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage], refused: list[str]
) -> None:
    post_id = _submit(db, world, "Posyandu Melati")
    page = open_page(world.kabid)
    with db.session() as s:  # the author withdraws it, edits and resubmits while the page shows the old text
        workflow.request_changes(s, world.kadis, post_id, posts.compute_hash(s, posts.get_post(s, post_id)), "Ubah.")
    _edit_and_resubmit(db, world, post_id, lambda st: setattr(st, "main_text", "Teks baru."))
    page.approve_button.click()
    assert refused and "sudah berubah" in refused[0]
    assert _status(db, post_id) == PostStatus.IN_REVIEW


def test_a_second_level_reviewer_sees_what_changed_since_the_previous_submission(
    db: Database, world: Any, open_page: Callable[[str], ReviewPage]
) -> None:
    post_id = _submit(db, world, "Posyandu Melati")
    with db.session() as s:
        workflow.request_changes(s, world.kabid, post_id, posts.compute_hash(s, posts.get_post(s, post_id)), "Ubah.")
    _edit_and_resubmit(db, world, post_id, lambda st: setattr(st, "title", "Posyandu Melati, Air Meles"))
    page = open_page(world.kadis)
    assert "Perubahan sejak pengajuan sebelumnya" in page.detail.changes.toPlainText()
    assert "Judul" in page.detail.changes.toPlainText()


def test_a_replaced_phrase_reads_as_one_deletion_and_one_insertion() -> None:
    old, new = "Foto: Pemaparan materi oleh narasumber.", "Foto: Camat memaparkan usulan prioritas."
    segments = readable(word_diff(old, new))
    assert [(s.op, s.text) for s in segments] == [
        (Op.EQUAL, "Foto: "),
        (Op.DELETE, "Pemaparan materi oleh narasumber"),
        (Op.INSERT, "Camat memaparkan usulan prioritas"),
        (Op.EQUAL, "."),
    ]
    assert "".join(s.text for s in segments if s.op != Op.INSERT) == old
    assert "".join(s.text for s in segments if s.op != Op.DELETE) == new
