"""The publication log as an XLSX workbook: a summary sheet with native Excel charts and the log sheet.

Written with xlsxwriter in constant-memory mode (each row leaves memory once written); text is never turned
into links or formulas. Publication URLs are clickable through ``HYPERLINK`` formulas, which stream like any cell:
native hyperlinks would be held in memory until the file closes and stop at Excel's 65 530 per sheet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlmodel import Session
from xlsxwriter.worksheet import Worksheet

from ..services.queries import LOCAL_TZ
from .export_files import atomic_output, local_naive
from .log_export import LOG_HEADERS, log_cells, stream_log
from .publication_log import Cancelled, LogFilter, Progress

_FORMULA_TEXT_MAX = 255  # longest text literal an Excel formula takes
_WIDTHS = (17, 34, 34, 11, 24, 48, 22, 22, 17, 50)
WORKBOOK_OPTIONS: dict[str, Any] = {
    "constant_memory": True,
    "strings_to_urls": False,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
}


@dataclass
class LogTally:
    """What the summary sheet counts while the log streams past."""

    rows: int = 0
    per_agency: Counter[str] = field(default_factory=Counter)
    agency_days: dict[str, set[date]] = field(default_factory=lambda: defaultdict(set))
    per_platform: Counter[str] = field(default_factory=Counter)
    per_day: Counter[date] = field(default_factory=Counter)

    def add(self, agency: str, platform: str, at: datetime) -> None:
        day = at.astimezone(LOCAL_TZ).date()
        self.rows += 1
        self.per_agency[agency] += 1
        self.agency_days[agency].add(day)
        self.per_platform[platform] += 1
        self.per_day[day] += 1


def write_log_xlsx(
    session: Session,
    path: Path,
    log_filter: LogFilter | None = None,
    description: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the selected log and its summary to ``path``; returns the number of log rows."""
    with atomic_output(path) as part:
        book = xlsxwriter.Workbook(str(part), WORKBOOK_OPTIONS)
        try:
            styles = _styles(book)
            summary = book.add_worksheet("Ringkasan")
            log = book.add_worksheet("Log Publikasi")
            tally = _write_log(log, styles, stream_log(session, log_filter, progress, cancelled))
            _write_summary(book, summary, styles, tally, description)
        finally:
            book.close()
    return tally.rows


def _styles(book: xlsxwriter.Workbook) -> dict[str, Any]:
    return {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "head": book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True}),
        "time": book.add_format({"num_format": "dd-mm-yyyy hh:mm"}),
        "day": book.add_format({"num_format": "dd-mm-yyyy"}),
        "link": book.add_format({"font_color": "blue", "underline": 1}),
        "bold": book.add_format({"bold": True}),
    }


def _write_log(sheet: Worksheet, styles: dict[str, Any], rows: Any) -> LogTally:
    for column, width in enumerate(_WIDTHS):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, LOG_HEADERS, styles["head"])
    tally = LogTally()
    r = 0
    for row, agency in rows:
        r += 1
        cells = log_cells(row, agency)
        sheet.write_datetime(r, 0, local_naive(cells[0]), styles["time"])
        for column in range(1, 8):
            sheet.write_string(r, column, str(cells[column]))
        approved = local_naive(cells[8])
        if approved is not None:
            sheet.write_datetime(r, 8, approved, styles["time"])
        url = row.url
        if url.startswith(("http://", "https://")) and len(url) <= _FORMULA_TEXT_MAX and '"' not in url:
            sheet.write_formula(r, 9, f'=HYPERLINK("{url}")', styles["link"], url)
        else:
            sheet.write_string(r, 9, url)
        tally.add(agency, str(cells[3]), row.published_at)
    sheet.autofilter(0, 0, max(r, 1), len(LOG_HEADERS) - 1)
    return tally


def _write_summary(
    book: xlsxwriter.Workbook, sheet: Worksheet, styles: dict[str, Any], tally: LogTally, description: str
) -> None:
    sheet.set_column(0, 0, 40)
    sheet.set_column(1, 2, 16)
    sheet.write_string(0, 0, "Ringkasan Log Publikasi", styles["title"])
    sheet.write_string(1, 0, description)
    sheet.write_string(2, 0, "Jumlah publikasi")
    sheet.write_number(2, 1, tally.rows, styles["bold"])
    r = 4
    agencies = sorted(tally.per_agency.items(), key=lambda kv: (-kv[1], kv[0]))
    sheet.write_row(r, 0, ("Instansi", "Publikasi", "Hari dengan publikasi"), styles["head"])
    first = r + 1
    for name, count in agencies:
        r += 1
        sheet.write_string(r, 0, name)
        sheet.write_number(r, 1, count)
        sheet.write_number(r, 2, len(tally.agency_days[name]))
    charts_end = 20
    if agencies:
        chart = book.add_chart({"type": "bar"})
        chart.add_series(
            {
                "name": "Publikasi",
                "categories": ["Ringkasan", first, 0, r, 0],
                "values": ["Ringkasan", first, 1, r, 1],
                "fill": {"color": "#2F6EBA"},
            }
        )
        chart.set_title({"name": "Publikasi per instansi"})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        height = max(300, 22 * len(agencies) + 80)
        chart.set_size({"width": 640, "height": height})
        sheet.insert_chart(4, 4, chart)
        charts_end = 4 + height // 20 + 1
    r += 2
    sheet.write_row(r, 0, ("Platform", "Publikasi"), styles["head"])
    first = r + 1
    for platform, count in sorted(tally.per_platform.items(), key=lambda kv: (-kv[1], kv[0])):
        r += 1
        sheet.write_string(r, 0, platform)
        sheet.write_number(r, 1, count)
    if tally.per_platform:
        chart = book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": "Publikasi",
                "categories": ["Ringkasan", first, 0, r, 0],
                "values": ["Ringkasan", first, 1, r, 1],
                "fill": {"color": "#4C9A2A"},
            }
        )
        chart.set_title({"name": "Publikasi per platform"})
        chart.set_legend({"none": True})
        sheet.insert_chart(4, 15, chart)
    r += 2
    sheet.write_row(r, 0, ("Tanggal", "Publikasi"), styles["head"])
    first = r + 1
    for day, count in sorted(tally.per_day.items()):
        r += 1
        sheet.write_datetime(r, 0, datetime.combine(day, datetime.min.time()), styles["day"])
        sheet.write_number(r, 1, count)
    if tally.per_day:
        chart = book.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": "Publikasi",
                "categories": ["Ringkasan", first, 0, r, 0],
                "values": ["Ringkasan", first, 1, r, 1],
                "fill": {"color": "#E08A1E"},
                "gap": 30,
            }
        )
        chart.set_title({"name": "Publikasi per hari"})
        chart.set_legend({"none": True})
        chart.set_x_axis({"date_axis": True, "num_format": "dd-mm"})
        chart.set_size({"width": 1100, "height": 300})
        sheet.insert_chart(charts_end, 4, chart)
