"""`opdstudio export log|report|registry` on a profile folder: files written, periods parsed, errors in both
languages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from opdstudio.cli import main
from opdstudio.core.storage.database import Database
from tests.core.reporting.town import Town


def _profile(town_db: tuple[Database, Town]) -> str:
    db, _town = town_db
    assert db.paths is not None
    return str(db.paths.root)


def test_help_documents_the_period_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "report", "--help"])
    out = capsys.readouterr().out
    assert "2025-Q3" in out and "2025-S1" in out and "--from" in out and "--dormant-days" in out


def test_log_csv_of_a_month_for_an_agency_with_its_units(
    town_db: tuple[Database, Town], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "log.csv"
    args = ["export", "log", "--profile", _profile(town_db), "--period", "2025-11"]
    args += ["--org", "Dinas Komunikasi dan Informatika", "--format", "csv", "-o", str(target)]
    assert main(args) == 0
    assert "8 publikasi ditulis" in capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert len(rows) == 9 and {r[1] for r in rows[1:]} == {"Dinas Komunikasi dan Informatika"}


def test_report_pdf_for_a_range_on_working_days(town_db: tuple[Database, Town], tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    args = ["export", "report", "--profile", _profile(town_db), "--from", "2025-11-03", "--to", "2025-11-09"]
    assert main([*args, "--days", "working", "--format", "pdf", "-o", str(target)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "hari kerja (Senin–Jumat)" in text and "4 / 5" in text


def test_report_xlsx_and_registry_csv(town_db: tuple[Database, Town], tmp_path: Path) -> None:
    profile = _profile(town_db)
    assert (
        main(
            [
                "export",
                "report",
                "--profile",
                profile,
                "--period",
                "2025-Q4",
                "--format",
                "xlsx",
                "-o",
                str(tmp_path / "q4.xlsx"),
            ]
        )
        == 0
    )
    assert (tmp_path / "q4.xlsx").stat().st_size > 0
    assert (
        main(
            [
                "export",
                "registry",
                "--profile",
                profile,
                "--deadline",
                "2025-11-05",
                "--format",
                "csv",
                "-o",
                str(tmp_path / "akun.csv"),
            ]
        )
        == 0
    )
    assert (tmp_path / "akun.csv").read_text(encoding="utf-8-sig").count("\n") == 8


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--period", "2025-13"], "Periode '2025-13' tidak dikenal"),
        ([], "Sebutkan periode"),
        (["--period", "2025-10", "--from", "2025-10-01"], "bukan keduanya"),
        (["--period", "2025-10", "--org", "Dinas Pariwisata"], "Organisasi 'Dinas Pariwisata' tidak ditemukan"),
    ],
)
def test_mistakes_are_explained(
    town_db: tuple[Database, Town],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    args = ["export", "report", "--profile", _profile(town_db), *extra, "--format", "csv", "-o", str(tmp_path / "x")]
    assert main(args) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
