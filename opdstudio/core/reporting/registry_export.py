"""The official account registry as CSV (UTF-8 with BOM) and XLSX (accounts, late reporters, villages without
Facebook)."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from .export_files import (
    ACCOUNT_STATUS_NAMES,
    ORG_KIND_NAMES,
    CsvStyle,
    atomic_output,
    local_text,
    platform_name,
    write_csv,
)
from .log_workbook import WORKBOOK_OPTIONS
from .periods import long_date
from .registry import RegistryOverview

REGISTRY_HEADERS = (
    "Organisasi",
    "Jenis",
    "Platform",
    "Nama akun",
    "URL",
    "Pengelola",
    "Dilaporkan ke Diskominfo",
    "Status",
    "Publikasi terakhir (WIB)",
)
_WIDTHS = (38, 16, 11, 26, 44, 22, 14, 11, 20)


def registry_rows(overview: RegistryOverview) -> list[tuple[str, ...]]:
    return [
        (
            e.account.organisation,
            ORG_KIND_NAMES.get(e.kind, e.kind),
            platform_name(e.account.platform),
            e.account.handle,
            e.account.url,
            e.account.managed_by,
            e.account.reported_on.isoformat() if e.account.reported_on else "",
            ACCOUNT_STATUS_NAMES.get(e.account.status, e.account.status),
            local_text(e.last_published),
        )
        for e in overview.entries
    ]


def write_registry_csv(overview: RegistryOverview, path: Path, style: CsvStyle = CsvStyle.EXCEL_ID) -> int:
    """Every account, one row each; returns the number of accounts."""
    rows = registry_rows(overview)
    with atomic_output(path) as part, part.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(out, [REGISTRY_HEADERS, *rows], style)
    return len(rows)


def write_registry_xlsx(overview: RegistryOverview, path: Path) -> None:
    """Accounts, organisations that had not reported by the deadline, villages without Facebook."""
    with atomic_output(path) as part:
        book = xlsxwriter.Workbook(str(part), WORKBOOK_OPTIONS)
        try:
            head = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True})
            sheet = book.add_worksheet("Akun resmi")
            for column, width in enumerate(_WIDTHS):
                sheet.set_column(column, column, width)
            sheet.freeze_panes(1, 0)
            sheet.write_row(0, 0, REGISTRY_HEADERS, head)
            rows = registry_rows(overview)
            for n, row in enumerate(rows, start=1):
                sheet.write_row(n, 0, row)
            sheet.autofilter(0, 0, max(1, len(rows)), len(REGISTRY_HEADERS) - 1)
            deadline = long_date(overview.deadline)
            for name, title, agencies in (
                ("Belum melapor", f"Belum melaporkan akun sampai {deadline}", overview.unreported),
                ("Desa tanpa Facebook", "Desa/kelurahan tanpa akun Facebook", overview.villages_without_facebook),
            ):
                sheet = book.add_worksheet(name)
                sheet.set_column(0, 0, 44)
                sheet.set_column(1, 1, 18)
                sheet.write_string(0, 0, title, book.add_format({"bold": True}))
                sheet.write_row(1, 0, ("Organisasi", "Jenis"), head)
                for n, agency in enumerate(agencies, start=2):
                    sheet.write_row(n, 0, (agency.name, ORG_KIND_NAMES.get(agency.kind, agency.kind)))
                if not agencies:
                    sheet.write_string(2, 0, "Tidak ada.")
        finally:
            book.close()
