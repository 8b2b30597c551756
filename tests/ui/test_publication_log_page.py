"""The Log Publikasi page on the hand-checked town: filters, search, paging, row actions and a CSV export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Person
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.models import PublicationLogModel
from opdstudio.ui.pages import publication_log
from opdstudio.ui.pages.publication_log import PublicationLogPage
from opdstudio.ui.tasks import SynchronousTaskRunner
from tests.core.reporting.town import Town, town_profile


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, password_hash: str, qapp: object) -> Iterator[tuple[Database, Town]]:
    db, town = town_profile(tmp_path_factory.mktemp("log") / "profile", password_hash)
    yield db, town
    db.close()


@pytest.fixture
def page(qtbot: QtBot, town: tuple[Database, Town]) -> PublicationLogPage:
    db, t = town
    with db.session() as s:
        person = s.get_one(Person, t.people["fajar"])
    widget = PublicationLogPage(AppContext(db, person, SynchronousTaskRunner()))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _org(page: PublicationLogPage, name: str) -> str:
    return next(
        page.organisation.itemData(i)
        for i in range(page.organisation.count())
        if page.organisation.itemText(i).strip() == name
    )


def _titles(page: PublicationLogPage) -> list[str]:
    return [r.title for r in page.model.rows]


def test_opens_newest_first_with_a_count_and_passes_the_model_tester(
    page: PublicationLogPage, qtmodeltester: ModelTester
) -> None:
    assert page.model.rowCount() == 16 and page.summary.text() == "16 publikasi"
    assert page.model.data(page.model.index(0, 3)) == "Car free day Lapangan Setia Negara"
    assert page.model.data(page.model.index(0, 0)) == "09-11-2025 10:00"
    assert page.model.data(page.model.index(0, 5)) == "Dewi Kartika"
    assert page.model.data(page.model.index(0, 7)) == "https://www.facebook.com/diskominforl/posts/p6-0"
    qtmodeltester.check(page.model)


def test_search_waits_for_typing_to_pause_and_matches_prefixes(qtbot: QtBot, page: PublicationLogPage) -> None:
    qtbot.keyClicks(page.search, "vaksin")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert _titles(page) == ["Rapat koordinasi vaksinasi rabies"] * 2
    assert page.summary.text() == "2 publikasi"


def test_filters_agency_with_units_platform_author_and_dates(page: PublicationLogPage) -> None:
    page.organisation.setCurrentIndex(page.organisation.findData(_org(page, "Dinas Komunikasi dan Informatika")))
    assert page.model.rowCount() == 8
    page.platform.setCurrentIndex(page.platform.findData("instagram"))
    assert page.model.rowCount() == 2 and page.summary.text() == "2 publikasi"
    page.organisation.setCurrentIndex(0)
    page.platform.setCurrentIndex(0)
    page.author.setCurrentIndex(page.author.findText("Ani Lestari"))
    assert page.model.rowCount() == 3
    page.author.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("range"))
    assert not page.first.isHidden()
    page.first.setDate(QDate(2025, 11, 4))
    page.last.setDate(QDate(2025, 11, 4))
    assert [r.published_at.hour for r in page.model.rows] == [16, 2, 1]  # 23:30, 09:00, 08:00 WIB on Tuesday


def test_pages_arrive_as_the_view_scrolls(page: PublicationLogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PublicationLogModel, "PAGE", 6)
    page.apply_filters()
    assert page.model.rowCount() == 6 and page.model.canFetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 16 and not page.model.canFetchMore(QModelIndex())
    assert len({r.id for r in page.model.rows}) == 16


def test_copy_open_link_and_open_post(qtbot: QtBot, page: PublicationLogPage, monkeypatch: pytest.MonkeyPatch) -> None:
    page.table.selectRow(0)
    page.copy_rows()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0].split("\t")[:2] == ["Waktu terbit", "Organisasi"]
    assert lines[1].split("\t")[3] == "Car free day Lapangan Setia Negara" and len(lines) == 2
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_url_button.click()
    assert [u.toString() for u in opened] == ["https://www.facebook.com/diskominforl/posts/p6-0"]
    with qtbot.waitSignal(page.open_post) as signal:
        page.open_post_button.click()
    assert signal.args == [page.model.rows[0].post_id]


def test_export_csv_of_what_the_filters_select(
    page: PublicationLogPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "log.csv"
    monkeypatch.setattr(publication_log, "choose_file", lambda *_a: target)
    page.platform.setCurrentIndex(page.platform.findData("instagram"))
    page.csv_button.click()
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert len(rows) == 4 and {r[3] for r in rows[1:]} == {"Instagram"}
    assert "Tersimpan" in page.export_status.text() and "log.csv" in page.export_status.text()


def test_the_time_header_sorts_oldest_first_and_back_still_paged(page: PublicationLogPage) -> None:
    newest = _titles(page)
    page.model.PAGE = 5  # paging is kept: the first page only, then more as the view scrolls
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert page.model.oldest_first and page.model.rowCount() == 5
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert _titles(page) == list(reversed(newest))
    page.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # the title: not sortable here
    assert page.table.horizontalHeader().sortIndicatorSection() == 0
    assert "waktu terbit" in page.export_status.text()
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.model.rows[0].title == newest[0]


def test_row_actions_without_a_selection_say_what_to_do(page: PublicationLogPage) -> None:
    page.table.clearSelection()
    page.open_post_button.click()
    assert page.export_status.text() == "Pilih dulu satu baris di log."


def test_an_empty_result_says_why_and_what_to_do(qtbot: QtBot, page: PublicationLogPage) -> None:
    assert not page.empty.isVisibleTo(page)
    qtbot.keyClicks(page.search, "tidakadakatainidilog")
    qtbot.waitUntil(lambda: page.summary.text() == "0 publikasi")
    assert page.empty.isVisibleTo(page)
    assert "Tidak ada publikasi yang cocok" in page.empty.text()
