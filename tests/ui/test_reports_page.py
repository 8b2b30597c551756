"""The Laporan page on the hand-checked town: a custom week, the basis and dormancy options, an agency scope,
the charts' data and the three exports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Person
from opdstudio.core.reporting.periods import MONTHS, PeriodKind
from opdstudio.core.storage.database import Database
from opdstudio.ui.charts import DARK_GREEN, MISSED, NOT_COUNTED
from opdstudio.ui.context import AppContext
from opdstudio.ui.pages import reports
from opdstudio.ui.pages.report_views import hours_label, percent_label
from opdstudio.ui.pages.reports import ReportsPage
from opdstudio.ui.tasks import SynchronousTaskRunner
from tests.core.reporting.town import Town, day, town_profile

KOMINFO = "Dinas Komunikasi dan Informatika"


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, password_hash: str, qapp: object) -> Iterator[tuple[Database, Town]]:
    db, town = town_profile(tmp_path_factory.mktemp("reports") / "profile", password_hash)
    yield db, town
    db.close()


def _page(qtbot: QtBot, town: tuple[Database, Town], login: str) -> ReportsPage:
    db, t = town
    with db.session() as s:
        person = s.get_one(Person, t.people[login])
    page = ReportsPage(AppContext(db, person, SynchronousTaskRunner()))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    return page


@pytest.fixture
def page(qtbot: QtBot, town: tuple[Database, Town]) -> ReportsPage:
    page = _page(qtbot, town, "fajar")
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.CUSTOM))
    page.first.setDate(QDate(2025, 11, 3))
    page.last.setDate(QDate(2025, 11, 9))
    return page


def test_the_week_per_agency_with_figures_and_charts(page: ReportsPage) -> None:
    assert not page.first.isHidden() and page.period.isHidden()
    assert [r.name for r in page.model.rows] == [
        "Desa Air Meles Atas",
        KOMINFO,
        "Dinas Kesehatan",
        "Desa Talang Benih",
        "Kecamatan Curup Tengah",
    ]
    assert page.model.data(page.model.index(1, 2)) == "6 / 7"
    assert page.model.data(page.model.index(1, 3)) == percent_label(6 / 7)
    assert page.model.data(page.model.index(1, 5)) == "5 Nov 2025"
    summary = page.summary
    assert summary.compliance.value.text() == percent_label(0.4) and summary.publications.value.text() == "15"
    assert summary.full.value.text() == "1 / 5" and summary.turnaround.value.text() == "1 jam"
    assert [b.label for b in summary.agency_bars.bars][:2] == ["Desa Air Meles Atas", KOMINFO]
    assert [b.text for b in summary.platform_bars.bars] == ["13", "2"]
    heat = summary.heatmap
    assert len(heat.days) == 7 and heat.agencies == 5
    assert heat.colour_of(day(2)).name() != MISSED.name()  # Wednesday: only Air Meles published
    assert summary.agency_bars.height() == summary.agency_bars.sizeHint().height()
    assert "15 keputusan tinjauan" in page.approvals.text() and percent_label(13 / 14) in page.approvals.text()
    assert [page.lint.data(page.lint.index(r, 0)) for r in range(2)] == [
        "Pamer kemewahan (flexing)",
        "Kata kasar / tidak sopan",
    ]
    assert page.leaders.rows[0][1].name == "Desa Air Meles Atas"
    assert "7 hari dihitung" in page.note.text()


def test_working_days_dormancy_and_scope_recompute_the_report(page: ReportsPage) -> None:
    page.basis.setCurrentIndex(1)
    kominfo = next(r for r in page.model.rows if r.name == KOMINFO)
    assert (kominfo.active_days, kominfo.days) == (4, 5)
    assert page.summary.heatmap.colour_of(day(5)).name() == NOT_COUNTED.name()
    assert page.dormant.rowCount() == 2
    page.dormant_days.setValue(3)
    assert page.dormant.rowCount() == 4
    assert page.dormant.data(page.dormant.index(0, 4)) == "belum pernah"
    page.scope.setCurrentIndex(page.scope.findData(page.model.rows[1].organisation_id))
    assert [r.name for r in page.model.rows] == [KOMINFO]
    assert page.summary.heatmap.colour_of(day(0)).name() == DARK_GREEN.name()


def test_numbers_follow_the_ui_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian))
    try:
        assert (percent_label(6 / 7), hours_label(3.75), hours_label(1.0), hours_label(50)) == (
            "85,7%",
            "3,8 jam",
            "1 jam",
            "2 hari 2 jam",
        )
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_an_admin_starts_at_their_own_organisation_and_periods_follow_the_kind(
    qtbot: QtBot, town: tuple[Database, Town]
) -> None:
    page = _page(qtbot, town, "ani")
    assert page.scope.currentText().strip() == "Bidang Informasi dan Komunikasi Publik"
    assert page.period.currentText().startswith(tuple(f"{m} " for m in MONTHS))
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.QUARTER))
    assert page.period.count() == 8 and page.period.currentText().startswith("Triwulan ")
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.YEAR))
    assert page.period.currentText().startswith("Tahun ")


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_exports_the_report_on_screen(
    page: ReportsPage, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / f"laporan.{kind}"
    monkeypatch.setattr(reports, "choose_file", lambda *_a: target)
    {"csv": page.csv_button, "xlsx": page.xlsx_button, "pdf": page.pdf_button}[kind].click()
    assert target.stat().st_size > 0 and "Tersimpan" in page.export_status.text()
    if kind == "pdf":
        text = PdfReader(target).pages[0].extract_text()
        assert "Pemerintah Kabupaten Rejang Lebong" in text and "3 November 2025 – 9 November 2025" in text


def test_periods_are_named_in_the_ui_language(qtbot: QtBot, qapp: Any, town: tuple[Database, Town]) -> None:
    from opdstudio.ui.i18n import install_language
    from opdstudio.ui.labels import status_label

    page = _page(qtbot, town, "fajar")
    page.kind.setCurrentIndex(page.kind.findData(PeriodKind.MONTH))
    indonesian = [page.period.itemText(i) for i in range(page.period.count())]
    assert any(name.split()[0] in ("Januari", "Oktober", "Desember", "Agustus", "Mei") for name in indonesian)
    install_language(qapp, "en")
    try:
        english = _page(qtbot, town, "fajar")
        english.kind.setCurrentIndex(english.kind.findData(PeriodKind.MONTH))
        names = [english.period.itemText(i) for i in range(english.period.count())]
        months = {QLocale(QLocale.Language.English).standaloneMonthName(m) for m in range(1, 13)}
        assert names and all(name.split()[0] in months for name in names)
        english.kind.setCurrentIndex(english.kind.findData(PeriodKind.QUARTER))
        assert english.period.itemText(0).startswith("Q")
        assert status_label("draft") == "Draft"  # the status, not the "Drafts" page
    finally:
        install_language(qapp, "id")


def test_the_kop_surat_and_signature_set_in_pengaturan_head_and_sign_the_pdf(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opdstudio.core.reporting.letterhead import Letterhead, save_letterhead
    from opdstudio.ui.pages.settings import SettingsPage

    settings = SettingsPage(page.ctx)
    qtbot.addWidget(settings)
    settings.kop_organisation.setPlainText("Pemerintah Kabupaten Rejang Lebong\nDinas Komunikasi dan Informatika")
    qtbot.keyClicks(settings.kop_address, "Jl. S. Sukowati No. 60, Curup")
    qtbot.keyClicks(settings.sign_place, "Curup")
    qtbot.keyClicks(settings.sign_name, "Drs. Bambang Sutrisno, M.Si.")
    qtbot.keyClicks(settings.sign_nip, "19780312 200501 1 002")
    qtbot.keyClicks(settings.sign_position, "Kepala Dinas")
    settings.save_letterhead()
    assert settings.letterhead_state.text() == "Tersimpan; dipakai di setiap laporan PDF."
    target = tmp_path / "laporan.pdf"
    monkeypatch.setattr(reports, "choose_file", lambda *_a: target)
    page.pdf_button.click()
    pages = PdfReader(target).pages
    assert "DINAS KOMUNIKASI DAN INFORMATIKA" in pages[0].extract_text()
    assert "NIP. 19780312 200501 1 002" in pages[-1].extract_text()
    with page.ctx.db.session() as s:  # the town is shared by the module's tests
        save_letterhead(s, Letterhead())
