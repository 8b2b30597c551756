"""Dialogs driven as a person would: type, click, read the message; the core decides."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.domain.models import OfficialAccount, Organisation, Person, Post
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.account import AccountDialog
from opdstudio.ui.dialogs.first_run import FirstRunDialog
from opdstudio.ui.dialogs.sign_in import SignInDialog
from tests.conftest import PASSWORD


def test_first_run_refuses_mismatched_passwords_then_creates_the_profile(qtbot: QtBot, db: Database) -> None:
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.parent_name, "Pemerintah Kabupaten Lebong")
    qtbot.keyClicks(dialog.org_name, "Dinas Kesehatan")
    qtbot.keyClicks(dialog.name, "Sari Wulandari")
    qtbot.keyClicks(dialog.login, "sari.w")
    qtbot.keyClicks(dialog.password, "kata-sandi-1")
    qtbot.keyClicks(dialog.password2, "kata-sandi-2")
    dialog.accept()
    assert dialog.error.text() == "Kedua kata sandi tidak sama."
    assert dialog.result() == 0
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "kata-sandi-1")
    dialog.accept()
    assert dialog.result() == 1
    with db.session() as s:
        person = s.exec(select(Person)).one()
        orgs = {o.name: o for o in s.exec(select(Organisation)).all()}
    assert person.login == "sari.w"
    assert orgs["Dinas Kesehatan"].parent_id == orgs["Pemerintah Kabupaten Lebong"].id


def test_first_run_says_in_english_what_is_wrong(qtbot: QtBot, db: Database) -> None:
    dialog = FirstRunDialog(db, language="en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.org_name, "Dinas Kesehatan")
    qtbot.keyClicks(dialog.name, "Sari")
    qtbot.keyClicks(dialog.login, "Sari Wulandari")  # spaces and capitals are not a login
    qtbot.keyClicks(dialog.password, "kata-sandi-1")
    qtbot.keyClicks(dialog.password2, "kata-sandi-1")
    dialog.accept()
    assert dialog.error.text().startswith("A login must be 3–40 characters")


def test_sign_in_with_wrong_then_right_password(qtbot: QtBot, db: Database, world: Any) -> None:
    dialog = SignInDialog(db, last_login="budi")
    qtbot.addWidget(dialog)
    assert dialog.who.currentData() == "budi"
    qtbot.keyClicks(dialog.password, "salah")
    dialog.accept()
    assert dialog.error.text() == "Login atau kata sandi salah."
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.accept()
    assert dialog.person_id == world.kabid


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the completer popup cannot grab keys
def test_sign_in_finds_a_person_by_any_part_of_the_name(
    qtbot: QtBot, db: Database, world: Any, password_hash: str
) -> None:
    from opdstudio.core.services.people import add_person

    with db.session() as s:
        for n in range(24):
            add_person(
                s, name=f"Pegawai {n:02d}", login=f"pegawai{n:02d}", password="", password_hash=password_hash, roles=[]
            )
        add_person(
            s, name="Drs. Bambang Sutrisno, M.Si.", login="bambang", password="", password_hash=password_hash, roles=[]
        )
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.who.lineEdit().selectAll()
    qtbot.keyClicks(dialog.who.lineEdit(), "bambang")
    completer = dialog.who.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("Drs. Bambang Sutrisno")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.accept()
    with db.session() as s:
        person = s.exec(select(Person).where(Person.login == "bambang")).one()
    assert dialog.person_id == person.id


def test_sign_in_asks_for_a_name_from_the_list(qtbot: QtBot, db: Database, world: Any) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.who.setEditText("Siapa saja")
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.accept()
    assert dialog.error.text() == "Pilih nama Anda dari daftar (ketik sebagian nama untuk mencarinya)."
    assert dialog.person_id is None


def test_the_composer_writes_and_submits_a_new_post(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    dialog = ComposerDialog(make_ctx(world.admin))
    qtbot.addWidget(dialog)
    assert dialog.details.org.currentText() == "Bidang Informasi dan Komunikasi Publik"
    assert dialog.details.targets.count() == 2  # the dinas accounts above the bidang
    qtbot.keyClicks(dialog.details.title_edit, "Pelayanan KTP keliling")
    qtbot.keyClicks(dialog.main_editor, "Disdukcapil melayani perekaman KTP-el di Kecamatan Bermani Ulu.")
    dialog.submit_button.click()
    assert dialog.error.text() == "Pilih minimal satu akun resmi tujuan sebelum mengajukan."
    dialog.details.check_target(world.instagram)
    dialog.submit_button.click()
    assert dialog.result() == 1
    with db.session() as s:
        post = s.exec(select(Post)).one()
        assert post.status == PostStatus.IN_REVIEW
        assert [v.text for v in posts.variants_of(s, post.id)] == [
            "Disdukcapil melayani perekaman KTP-el di Kecamatan Bermani Ulu."
        ]


@pytest.mark.parametrize("agree", [False, True])
def test_editing_an_approved_post_asks_first_and_voids_only_when_agreed(
    qtbot: QtBot,
    db: Database,
    world: Any,
    make_ctx: Callable[[str], AppContext],
    monkeypatch: pytest.MonkeyPatch,
    agree: bool,
) -> None:
    with db.session() as s:
        post = posts.create_post(
            s,
            world.admin,
            world.bidang,
            title="Musrenbang",
            main_text="Musrenbang kecamatan.",
            target_account_ids=[world.facebook],
        )
        workflow.submit(s, world.admin, post.id)
        workflow.approve(s, world.kabid, post.id, post.content_hash)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Yes if agree else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, *_a: asked.append(title) or answer)
    dialog = ComposerDialog(make_ctx(world.admin), post.id)
    qtbot.addWidget(dialog)
    assert dialog.details.status.text() == "Disetujui"
    qtbot.keyClick(dialog.main_editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.main_editor, " Tambahan.")
    assert dialog.save() is agree
    assert asked == ["Batalkan persetujuan?"]
    with db.session() as s:
        stored = posts.get_post(s, post.id)
        assert stored.status == (PostStatus.DRAFT if agree else PostStatus.APPROVED)
        assert stored.main_text.endswith("Tambahan.") is agree
    dialog._modified = False  # leave without the closing question


def test_account_dialog_refuses_a_url_of_another_platform(
    qtbot: QtBot, db: Database, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    ctx = make_ctx(world.oversight)
    dialog = AccountDialog(ctx, {world.other_dinas: "Dinas Kesehatan"})
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("instagram"))
    qtbot.keyClicks(dialog.handle, "@dinkes.rl")
    qtbot.keyClicks(dialog.url, "https://facebook.com/dinkes.rl")
    dialog.accept()
    assert dialog.error.text() == "URL ini bukan alamat instagram (instagram.com)."
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "https://www.instagram.com/dinkes.rl")
    dialog.accept()
    assert dialog.result() == 1
    with db.session() as s:
        saved = s.exec(select(OfficialAccount).where(OfficialAccount.organisation_id == world.other_dinas)).one()
        assert (saved.platform, saved.handle) == ("instagram", "@dinkes.rl")
