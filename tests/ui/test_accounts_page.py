"""The Akun Resmi page: the registry with last publications, Diskominfo's reporting check with its deadline,
exports, and the account dialog's manager and suggested URL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.models import OfficialAccount, Person
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.account import AccountDialog
from opdstudio.ui.pages import accounts
from opdstudio.ui.pages.accounts import AccountsPage
from opdstudio.ui.tasks import SynchronousTaskRunner
from tests.core.reporting.town import Town, town_profile


@pytest.fixture
def town(tmp_path: Path, password_hash: str, qapp: object) -> Iterator[tuple[Database, Town]]:
    db, town = town_profile(tmp_path / "profile", password_hash)
    yield db, town
    db.close()


def _ctx(town: tuple[Database, Town], login: str) -> AppContext:
    db, t = town
    with db.session() as s:
        person = s.get_one(Person, t.people[login])
    return AppContext(db, person, SynchronousTaskRunner())


def _page(qtbot: QtBot, town: tuple[Database, Town], login: str) -> AccountsPage:
    page = AccountsPage(_ctx(town, login))
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_diskominfo_sees_every_account_and_who_has_not_reported_by_the_deadline(
    qtbot: QtBot, town: tuple[Database, Town]
) -> None:
    page = _page(qtbot, town, "fajar")
    assert page.model.rowCount() == 7 and page.tabs.isTabVisible(1)
    desa = next(n for n, e in enumerate(page.model.rows) if e.account.handle == "desaairmelesatas")
    assert page.model.data(page.model.index(desa, 7)) == "09-11-2025 08:00"
    never = next(n for n, e in enumerate(page.model.rows) if e.account.handle == "@talangbenih")
    assert page.model.data(page.model.index(never, 7)) == "belum pernah"
    page.deadline.setDate(QDate(2025, 11, 5))
    assert [page.unreported.item(i).text() for i in range(page.unreported.count())] == [
        "Desa Talang Benih — Desa",
        "Dinas Kesehatan — Dinas",
        "Kecamatan Curup Tengah — Kecamatan",
    ]
    assert page.unreported_box.title() == "Belum melaporkan akun sampai 05-11-2025 (3)"
    assert page.no_facebook.item(0).text() == "Desa Talang Benih — Desa" and page.no_facebook.count() == 1
    page.deadline.setDate(QDate(2025, 10, 20))  # Air Meles Atas reported its Facebook account on 01-11-2025
    assert [page.no_facebook.item(i).text() for i in range(page.no_facebook.count())] == [
        "Desa Air Meles Atas — Desa",
        "Desa Talang Benih — Desa",
    ]
    assert page.no_facebook_box.title() == "Desa/kelurahan tanpa akun Facebook sampai 20-10-2025 (2)"
    page.deadline.setDate(QDate(2025, 11, 10))  # the deadline is kept in the profile
    again = _page(qtbot, town, "fajar")
    assert again.deadline.date() == QDate(2025, 11, 10) and again.unreported.count() == 2


def test_an_admin_sees_only_the_accounts_of_their_organisations(qtbot: QtBot, town: tuple[Database, Town]) -> None:
    page = _page(qtbot, town, "wati")
    assert [e.account.handle for e in page.model.rows] == ["desaairmelesatas"]
    assert not page.tabs.isTabVisible(1)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_exports_the_registry(
    qtbot: QtBot, town: tuple[Database, Town], kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / f"akun.{kind}"
    monkeypatch.setattr(accounts, "choose_file", lambda *_a: target)
    page = _page(qtbot, town, "fajar")
    (page.csv_button if kind == "csv" else page.xlsx_button).click()
    if kind == "csv":
        with target.open(encoding="utf-8-sig", newline="") as f:
            assert len(list(csv.reader(f, delimiter=";"))) == 8
    else:
        assert openpyxl.load_workbook(target).sheetnames == ["Akun resmi", "Belum melapor", "Desa tanpa Facebook"]
    assert "Tersimpan" in page.export_status.text()


def test_the_dialog_suggests_the_url_and_records_the_manager(qtbot: QtBot, town: tuple[Database, Town]) -> None:
    db, t = town
    dialog = AccountDialog(_ctx(town, "fajar"), {t.kecamatan: "Kecamatan Curup Tengah"})
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("tiktok"))
    assert dialog.url.placeholderText() == "https://www.tiktok.com/@diskominfo.rl"
    qtbot.keyClicks(dialog.handle, "curuptengah.official")
    dialog.handle.editingFinished.emit()
    assert dialog.url.text() == ""  # suggested, greyed: used while the field stays empty
    assert dialog.url.placeholderText() == "https://www.tiktok.com/@curuptengah.official"
    dialog.manager.setCurrentIndex(dialog.manager.findText("Hendra Camat"))
    dialog.accept()
    assert dialog.result() == 1
    with db.session() as s:
        saved = s.exec(select(OfficialAccount).where(OfficialAccount.organisation_id == t.kecamatan)).one()
    assert (saved.handle, saved.managed_by_id) == ("@curuptengah.official", t.people["camat"])
    assert saved.url == "https://www.tiktok.com/@curuptengah.official"


def test_the_dialog_refuses_a_url_naming_another_account(qtbot: QtBot, town: tuple[Database, Town]) -> None:
    _db, t = town
    dialog = AccountDialog(_ctx(town, "fajar"), {t.dinkes: "Dinas Kesehatan"})
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("instagram"))
    qtbot.keyClicks(dialog.handle, "@dinkes.rl")
    qtbot.keyClicks(dialog.url, "https://www.instagram.com/dinkes.rejanglebong")
    dialog.accept()
    assert (
        dialog.error.text()
        == "URL menunjuk akun 'dinkes.rejanglebong', bukan 'dinkes.rl'. Samakan nama akun dan URL-nya."
    )


def test_the_registry_is_searched_and_filtered_and_shows_whole_urls(qtbot: QtBot, town: tuple[Database, Town]) -> None:
    page = _page(qtbot, town, "fajar")
    page.resize(1100, 600)
    page.show()
    qtbot.keyClicks(page.search, "MELES")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 2).data() == "desaairmelesatas"
    page.search.clear()
    page.platform.setCurrentIndex(page.platform.findData("instagram"))
    assert {page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())} == {"Instagram"}
    page.platform.setCurrentIndex(0)
    longest = max(page.table.fontMetrics().horizontalAdvance(e.account.url) for e in page.model.rows)
    assert page.table.columnWidth(3) >= longest  # the URL column is not cut to "http…"


def test_a_pasted_url_is_kept_as_pasted_and_a_fixed_error_disappears(qtbot: QtBot, town: tuple[Database, Town]) -> None:
    _db, t = town
    dialog = AccountDialog(_ctx(town, "fajar"), {t.dinkes: "Dinas Kesehatan"})
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("instagram"))
    qtbot.keyClicks(dialog.handle, "@dinkes.rl")
    dialog.handle.editingFinished.emit()
    qtbot.keyClicks(dialog.url, "https://www.instagram.com/dinkes.rejanglebong")
    assert dialog.url.text() == "https://www.instagram.com/dinkes.rejanglebong"  # nothing glued in front
    dialog.accept()
    assert dialog.error.text().startswith("URL menunjuk akun")
    dialog.handle.selectAll()
    qtbot.keyClicks(dialog.handle, "@dinkes.rejanglebong")
    assert dialog.error.text() == ""
    dialog.accept()
    assert dialog.result() == 1
