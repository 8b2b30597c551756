"""Every export read back with ordinary tools: csv (UTF-8 with BOM), openpyxl (sheets, dates, links, charts) and
pypdf (text of the printable report)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from opdstudio.core.reporting.export_files import CsvStyle, ExportCancelled, write_csv
from opdstudio.core.reporting.letterhead import Letterhead, load_letterhead, save_letterhead
from opdstudio.core.reporting.log_export import LOG_HEADERS, write_log_csv
from opdstudio.core.reporting.log_workbook import write_log_xlsx
from opdstudio.core.reporting.periods import long_date
from opdstudio.core.reporting.publication_log import LogFilter
from opdstudio.core.reporting.registry import registry_overview
from opdstudio.core.reporting.registry_export import REGISTRY_HEADERS, write_registry_csv, write_registry_xlsx
from opdstudio.core.reporting.report import ComplianceReport, ReportOptions, build_report
from opdstudio.core.reporting.report_export import write_report_csv, write_report_xlsx
from opdstudio.core.reporting.report_pdf import write_report_pdf
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.storage.database import Database
from tests.core.reporting.town import DEADLINE, WEEK, Town

KOMINFO = "Dinas Komunikasi dan Informatika"
VACCINATION_FB = "https://www.facebook.com/diskominforl/posts/p1-0"  # p1 on Kominfo's Facebook page


@pytest.fixture(scope="module")
def report(town_db: tuple[Database, Town]) -> ComplianceReport:
    db, _town = town_db
    with db.session() as s:
        return build_report(s, WEEK, options=ReportOptions(dormant_days=3), today=date(2026, 1, 1))


def _csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def _charts(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(1 for n in z.namelist() if n.startswith("xl/charts/chart"))


def test_log_csv_oldest_first_in_wib_with_units_under_their_agency(
    town_db: tuple[Database, Town], tmp_path: Path
) -> None:
    db, _town = town_db
    seen: list[tuple[int, int]] = []
    with db.session() as s:
        rows = write_log_csv(s, tmp_path / "log.csv", progress=lambda d, t, _m: seen.append((d, t)))
    table = _csv(tmp_path / "log.csv")
    assert rows == 16 and table[0] == list(LOG_HEADERS) and len(table) == 17
    assert seen[0] == (0, 16) and seen[-1] == (16, 16)
    first = table[1]
    assert first[0] == "2025-11-02 10:00" and first[3] == "Instagram"
    assert first[4] == "@kominfo.rl"  # a plain handle as it is: no apostrophe
    vaccination = [r for r in table if r[5] == "Rapat koordinasi vaksinasi rabies"]
    assert [r[0] for r in vaccination] == ["2025-11-03 09:00", "2025-11-03 10:00"]
    assert vaccination[0][1:3] == [KOMINFO, "Bidang Informasi dan Komunikasi Publik"]
    assert vaccination[0][6:10] == ["Ani Lestari", "Budi Santoso", "2025-11-03 08:00", VACCINATION_FB]
    late = next(r for r in table if r[5] == "Posyandu Melati buka layanan malam")
    assert late[0] == "2025-11-04 23:30"


def test_log_xlsx_has_the_rows_as_dates_and_links_and_a_summary_with_charts(
    town_db: tuple[Database, Town], tmp_path: Path
) -> None:
    db, town = town_db
    path = tmp_path / "log.xlsx"
    with db.session() as s:
        rows = write_log_xlsx(s, path, LogFilter(org_ids=(town.kominfo, town.bidang)), "November 2025 · Kominfo")
    assert rows == 8 and _charts(path) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Log Publikasi"]
    log = book["Log Publikasi"]
    values = list(log.iter_rows(values_only=True))
    assert values[0] == LOG_HEADERS and len(values) == 9
    assert values[2][0] == datetime(2025, 11, 3, 9, 0) and values[2][8] == datetime(2025, 11, 3, 8, 0)
    assert values[1][4] == "@kominfo.rl"  # a text cell, never a formula
    assert values[2][9] == f'=HYPERLINK("{VACCINATION_FB}")'  # a link that streams, with no count limit
    summary = {r[0]: r[1:3] for r in book["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert summary["Jumlah publikasi"][0] == 8
    assert summary[KOMINFO] == (8, 7)  # publications, days with content (Sun 2 and six of the week)
    assert summary["Facebook"][0] == 6 and summary["Instagram"][0] == 2


def test_a_cancelled_export_leaves_no_file(town_db: tuple[Database, Town], tmp_path: Path) -> None:
    db, _town = town_db
    path = tmp_path / "log.xlsx"
    with db.session() as s, pytest.raises(ExportCancelled):
        write_log_xlsx(s, path, cancelled=lambda: True)
    with db.session() as s, pytest.raises(ExportCancelled):
        write_log_csv(s, tmp_path / "log.csv", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_report_csv_one_row_per_agency(report: ComplianceReport, tmp_path: Path) -> None:
    assert write_report_csv(report, tmp_path / "r.csv") == 5
    table = _csv(tmp_path / "r.csv")
    assert table[0][:6] == ["No", "Instansi", "Publikasi", "Hari aktif", "Hari dihitung", "Kepatuhan (%)"]
    assert table[2] == ["2", KOMINFO, "7", "6", "7", "85,7", "4", "5 Nov 2025"]  # ';' and a decimal comma
    assert table[3][-1] == "3 Nov 2025; 5–9 Nov 2025"
    assert write_report_csv(report, tmp_path / "c.csv", CsvStyle.COMMA) == 5
    assert _csv(tmp_path / "c.csv", ",")[2][5] == "85.7"


def test_csv_cells_never_run_as_formulas_but_handles_stay_plain() -> None:
    out = io.StringIO()
    write_csv(out, [["=1+1", "@SUM(1+1)", "@kominfo.rl", "-5", 1.5, None]])
    assert out.getvalue().strip() == "'=1+1;'@SUM(1+1);@kominfo.rl;'-5;1,5;"


def test_report_xlsx_sheets_figures_and_charts(report: ComplianceReport, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    write_report_xlsx(report, path)
    assert _charts(path) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "Ringkasan",
        "Kepatuhan",
        "Per hari",
        "Platform",
        "Peringkat",
        "Akun mati suri",
        "Temuan lint",
    ]
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert summary["Jumlah publikasi"] == 15 and summary["Persentil ke-90 waktu persetujuan"] == 4  # numbers
    cells = {r[0].value: r[1] for r in book["Ringkasan"].iter_rows() if r[0].value}
    assert cells["Persentil ke-90 waktu persetujuan"].number_format == '0.0 "jam"'
    assert cells["Rata-rata kepatuhan harian"].number_format == "0.0%"
    assert isinstance(cells["Rata-rata kepatuhan harian"].value, float)
    compliance = list(book["Kepatuhan"].iter_rows(values_only=True))
    assert compliance[2][:7] == (2, KOMINFO, 7, 6, 7, 85.7, 4)
    days = list(book["Per hari"].iter_rows(values_only=True))
    assert days[3] == (datetime(2025, 11, 5), 1, 1, "Ya")
    dormant = list(book["Akun mati suri"].iter_rows(values_only=True))
    assert [r[:3] for r in dormant[1:]] == [
        ("Desa Talang Benih", "Instagram", "@talangbenih"),
        ("Dinas Kesehatan", "TikTok", "@dinkes.rl"),
        (KOMINFO, "Instagram", "@kominfo.rl"),
        ("Dinas Kesehatan", "Instagram", "@dinkes.rl"),
    ]
    lint = list(book["Temuan lint"].iter_rows(values_only=True))
    assert lint[1:] == [("Pamer kemewahan (flexing)", 3, 1), ("Kata kasar / tidak sopan", 1, 1)]


def test_report_pdf_carries_the_kop_surat_and_the_signature_block(
    report: ComplianceReport, tmp_path: Path, db: Database
) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 240), (200, 30, 30)).save(logo)
    letterhead = Letterhead(
        organisation="Pemerintah Kabupaten Rejang Lebong\nDinas Komunikasi dan Informatika",
        address="Jl. S. Sukowati No. 60, Curup · Telp. (0732) 21010",
        logo=str(logo),
        place="Curup",
        signer_name="Drs. Bambang Sutrisno, M.Si.",
        signer_nip="19780312 200501 1 002",
        signer_position="Kepala Dinas Komunikasi dan Informatika",
    )
    with db.session() as s:
        save_letterhead(s, letterhead)
    with db.session() as s:
        assert load_letterhead(s) == letterhead  # kept in the profile
    path = tmp_path / "r.pdf"
    write_report_pdf(report, path, letterhead)
    pdf = PdfReader(path)
    first, last = pdf.pages[0].extract_text(), pdf.pages[-1].extract_text()
    assert first.index("PEMERINTAH KABUPATEN REJANG LEBONG") < first.index("DINAS KOMUNIKASI DAN INFORMATIKA")
    assert "Jl. S. Sukowati No. 60, Curup" in first
    assert first.index("Jl. S. Sukowati") < first.index("Laporan Kepatuhan")  # the kop heads the first page
    assert len(pdf.pages[0].images) == 1  # the logo
    made = long_date(report.generated_at.astimezone(LOCAL_TZ).date())
    for line in (f"Curup, {made}", "Kepala Dinas Komunikasi dan Informatika", "Drs. Bambang Sutrisno, M.Si."):
        assert line in last
    assert "NIP. 19780312 200501 1 002" in last


def test_report_pdf_text_headings_figures_and_page_numbers(report: ComplianceReport, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_report_pdf(report, path)
    pdf = PdfReader(path)
    pages = [page.extract_text() for page in pdf.pages]
    text = "\n".join(pages)
    assert pdf.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4
    assert "Laporan Kepatuhan Publikasi Media Sosial Resmi" in pages[0]
    assert "Pemerintah Kabupaten Rejang Lebong" in pages[0]
    assert "3 November 2025 – 9 November 2025" in pages[0]
    for n, page in enumerate(pages, start=1):
        assert f"Halaman {n} dari {len(pages)}" in page
    for heading in ("1. Ringkasan", "2. Kepatuhan harian per instansi", "3. Kalender aktivitas", "6. Akun resmi mati"):
        assert heading in text
    assert "85,7%" in text and "6 / 7" in text and "92,9%" in text and "median 1 jam" in text
    assert "@talangbenih" in text and "Pamer kemewahan (flexing)" in text and "5–9 Nov 2025" in text


def test_registry_exports_list_accounts_late_reporters_and_villages_without_facebook(
    town_db: tuple[Database, Town], tmp_path: Path
) -> None:
    db, _town = town_db
    with db.session() as s:
        overview = registry_overview(s, DEADLINE)
    assert [a.name for a in overview.unreported] == ["Desa Talang Benih", "Dinas Kesehatan", "Kecamatan Curup Tengah"]
    assert [a.name for a in overview.villages_without_facebook] == ["Desa Talang Benih"]
    assert write_registry_csv(overview, tmp_path / "reg.csv") == 7
    table = _csv(tmp_path / "reg.csv")
    assert table[0] == list(REGISTRY_HEADERS)
    desa = next(r for r in table if r[0] == "Desa Air Meles Atas")
    assert desa[1:4] == ["Desa", "Facebook", "desaairmelesatas"]
    assert desa[6:] == ["2025-11-01", "Aktif", "2025-11-09 08:00"]
    closed = next(r for r in table if r[2] == "X")
    assert closed[7:] == ["Ditutup", ""]
    write_registry_xlsx(overview, tmp_path / "reg.xlsx")
    book = openpyxl.load_workbook(tmp_path / "reg.xlsx")
    assert book.sheetnames == ["Akun resmi", "Belum melapor", "Desa tanpa Facebook"]
    assert book["Akun resmi"].max_row == 8
    late = [r[0] for r in book["Belum melapor"].iter_rows(min_row=3, values_only=True)]
    assert late == ["Desa Talang Benih", "Dinas Kesehatan", "Kecamatan Curup Tengah"]
    assert book["Belum melapor"]["A1"].value == "Belum melaporkan akun sampai 5 November 2025"
