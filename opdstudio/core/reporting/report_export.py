"""The compliance report as CSV (one row per agency) and as an XLSX workbook with native Excel charts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from .export_files import CsvStyle, atomic_output, write_csv
from .log_workbook import WORKBOOK_OPTIONS
from .report import ComplianceReport
from .report_tables import (
    AGENCY_HEADERS,
    DORMANT_HEADERS,
    LEADERBOARD_HEADERS,
    LINT_HEADERS,
    PLATFORM_HEADERS,
    agency_rows,
    dormant_rows,
    leaderboard_rows,
    lint_rows,
    platform_rows,
    summary_values,
)


def write_report_csv(report: ComplianceReport, path: Path, style: CsvStyle = CsvStyle.EXCEL_ID) -> int:
    """Compliance per agency (UTF-8 with BOM, ``style``'s separator and decimal mark); returns the number of
    agencies."""
    rows = agency_rows(report)
    with atomic_output(path) as part, part.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(out, [AGENCY_HEADERS, *rows], style)
    return len(rows)


def write_report_xlsx(report: ComplianceReport, path: Path) -> None:
    """Summary, compliance, days, platforms, leaderboard, dormant accounts and lint, with charts."""
    with atomic_output(path) as part:
        book = xlsxwriter.Workbook(str(part), WORKBOOK_OPTIONS)
        try:
            _Writer(book, report).write()
        finally:
            book.close()


class _Writer:
    def __init__(self, book: xlsxwriter.Workbook, report: ComplianceReport) -> None:
        self.book, self.report = book, report
        self.head = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.day = book.add_format({"num_format": "dd-mm-yyyy"})

    def write(self) -> None:
        r = self.report
        summary = self.book.add_worksheet("Ringkasan")
        agencies = agency_rows(r)
        self._table("Kepatuhan", AGENCY_HEADERS, agencies, (5, 40, 11, 11, 12, 13, 12, 60))
        days = self.book.add_worksheet("Per hari")
        platforms = platform_rows(r)
        self._table("Platform", PLATFORM_HEADERS, platforms, (16, 12, 12))
        self._table("Peringkat", LEADERBOARD_HEADERS, leaderboard_rows(r), (10, 40, 12, 12))
        self._table("Akun mati suri", DORMANT_HEADERS, dormant_rows(r), (36, 12, 28, 14, 20, 14))
        self._table("Temuan lint", LINT_HEADERS, lint_rows(r), (34, 10, 10))
        self._summary(summary, len(agencies), len(platforms))
        self._days(days)

    def _table(self, name: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[int]) -> None:
        sheet = self.book.add_worksheet(name)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        sheet.freeze_panes(1, 0)
        sheet.write_row(0, 0, headers, self.head)
        for n, row in enumerate(rows, start=1):
            sheet.write_row(n, 0, row)
        if not rows:
            sheet.write_string(1, 0, "Tidak ada.")

    def _summary(self, sheet: Worksheet, agencies: int, platforms: int) -> None:
        sheet.set_column(0, 0, 44)
        sheet.set_column(1, 1, 60)
        sheet.write_string(0, 0, "Laporan Kepatuhan Publikasi Media Sosial", self.title)
        formats = {
            kind: self.book.add_format({"bold": True, "num_format": number, "align": "left"})
            for kind, number in (("count", "#,##0"), ("share", "0.0%"), ("hours", '0.0 "jam"'))
        }
        for n, (label, value, kind) in enumerate(summary_values(self.report), start=2):
            sheet.write_string(n, 0, label)
            if isinstance(value, int | float) and kind in formats:
                sheet.write_number(n, 1, value, formats[kind])  # a number Excel can sum and chart
            else:
                sheet.write_string(n, 1, "–" if value is None else str(value), self.bold)
        if agencies:
            chart = self.book.add_chart({"type": "bar"})
            chart.add_series(
                {
                    "name": "Kepatuhan (%)",
                    "categories": ["Kepatuhan", 1, 1, agencies, 1],
                    "values": ["Kepatuhan", 1, 5, agencies, 5],
                    "fill": {"color": "#2F6EBA"},
                    "data_labels": {"value": True},
                }
            )
            chart.set_title({"name": "Kepatuhan harian per instansi (%)"})
            chart.set_legend({"none": True})
            chart.set_x_axis({"min": 0, "max": 100})
            chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 720, "height": max(320, 22 * agencies + 90)})
            sheet.insert_chart(18, 0, chart)
        if platforms:
            chart = self.book.add_chart({"type": "column"})
            chart.add_series(
                {
                    "name": "Publikasi",
                    "categories": ["Platform", 1, 0, platforms, 0],
                    "values": ["Platform", 1, 1, platforms, 1],
                    "fill": {"color": "#4C9A2A"},
                    "data_labels": {"value": True},
                }
            )
            chart.set_title({"name": "Publikasi per platform"})
            chart.set_legend({"none": True})
            sheet.insert_chart(18, 2, chart)

    def _days(self, sheet: Worksheet) -> None:
        sheet.set_column(0, 3, 14)
        sheet.freeze_panes(1, 0)
        sheet.write_row(0, 0, ("Tanggal", "Publikasi", "Instansi aktif", "Dihitung"), self.head)
        days = self.report.activity.days
        for n, d in enumerate(days, start=1):
            sheet.write_datetime(n, 0, datetime.combine(d.day, datetime.min.time()), self.day)
            sheet.write_number(n, 1, d.publications)
            sheet.write_number(n, 2, d.active_agencies)
            sheet.write_string(n, 3, "Ya" if d.counted else "Tidak")
        chart = self.book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": "Instansi aktif",
                "categories": ["Per hari", 1, 0, len(days), 0],
                "values": ["Per hari", 1, 2, len(days), 2],
                "fill": {"color": "#E08A1E"},
                "gap": 40,
            }
        )
        chart.set_title({"name": "Instansi yang terbit per hari"})
        chart.set_legend({"none": True})
        chart.set_x_axis({"date_axis": True, "num_format": "dd-mm"})
        chart.set_size({"width": 900, "height": 320})
        sheet.insert_chart(1, 5, chart)
