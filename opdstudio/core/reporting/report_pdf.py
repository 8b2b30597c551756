"""The compliance report as a printable PDF (A4, Indonesian), fit to attach to a letter to the regent: the agency's
name and period, key figures, a bar chart per agency, a calendar heat-map, tables, page numbers."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..services.queries import LOCAL_TZ
from .compliance import DayActivity
from .export_files import atomic_output
from .letterhead import Letterhead
from .periods import MONTHS, long_date
from .report import ComplianceReport
from .report_tables import (
    DORMANT_HEADERS,
    LEADERBOARD_HEADERS,
    LINT_HEADERS,
    PLATFORM_HEADERS,
    agency_rows,
    basis_text,
    day_ranges,
    dormant_rows,
    hours_text,
    leaderboard_rows,
    lint_rows,
    percent_text,
    period_text,
    platform_rows,
    summary_figures,
)

TITLE = "Laporan Kepatuhan Publikasi Media Sosial Resmi"
_WIDTH = A4[0] - 36 * mm  # usable width between the margins
_BARS_PER_CHART = 34
_BLUE = colors.HexColor("#2F6EBA")
_GREEN = colors.HexColor("#4C9A2A")
_HEAD = colors.HexColor("#DCE6F1")
_MISSED = colors.HexColor("#F4CCCC")
_NOT_COUNTED = colors.HexColor("#F2F2F2")
_WEEKDAYS = ("Sn", "Sl", "Rb", "Km", "Jm", "Sb", "Mg")


def write_report_pdf(report: ComplianceReport, path: Path, letterhead: Letterhead | None = None) -> None:
    """Write the printable report to ``path``, under the organisation's kop surat and over its signature block
    when ``letterhead`` gives them."""
    styles = _styles()
    letterhead = letterhead or Letterhead()
    with atomic_output(path) as part:
        doc = SimpleDocTemplate(
            str(part),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=f"{TITLE} — {report.scope_name} — {report.requested.label}",
            author="OPD Studio",
        )
        header = f"{report.scope_name} · {report.requested.label}"
        story = [*_kop(letterhead, styles), *_story(report, styles), *_signature(report, letterhead, styles)]
        doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, header=header, **k))


class _NumberedCanvas(Canvas):
    """Draws the running header and "Halaman i dari n" once the page count is known."""

    def __init__(self, *args: Any, header: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header = header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.grey)
            width, height = A4
            self.drawString(18 * mm, height - 12 * mm, self._header[:110])
            self.drawRightString(width - 18 * mm, 10 * mm, f"Halaman {self._pageNumber} dari {total}")
            self.drawString(18 * mm, 10 * mm, "OPD Studio")
            super().showPage()
        super().save()


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=16, leading=20, spaceAfter=4),
        "scope": ParagraphStyle("scope", parent=base["Title"], fontSize=13, leading=17, spaceAfter=2),
        "period": ParagraphStyle("period", parent=base["Normal"], alignment=1, fontSize=10, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", parent=base["Heading2"], fontSize=12, leading=15, spaceBefore=10, spaceAfter=5, keepWithNext=1
        ),
        "body": ParagraphStyle("body", parent=base["Normal"], fontSize=9, leading=12),
        "kop": ParagraphStyle(
            "kop", parent=base["Normal"], alignment=1, fontName="Helvetica-Bold", fontSize=13, leading=16
        ),
        "kop_address": ParagraphStyle("kop_address", parent=base["Normal"], alignment=1, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base["Normal"], fontSize=8, leading=10),
        "note": ParagraphStyle(
            "note", parent=base["Normal"], fontSize=8, leading=10, textColor=colors.grey, keepWithNext=1
        ),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def _table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], styles: dict[str, Any]
) -> Table:
    cell = styles["cell"]
    data = [[_p(h, cell) for h in headers]] + [[_p(c, cell) for c in row] for row in rows]
    table = Table(data, colWidths=[w * _WIDTH for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _kop(letterhead: Letterhead, styles: dict[str, Any]) -> list[Any]:
    """The kop surat: logo left, the organisation's name (one line each) and address centred, a double rule."""
    if not letterhead.has_head:
        return []
    lines = [_p(line.upper(), styles["kop"]) for line in letterhead.organisation.splitlines() if line.strip()]
    lines += [_p(line, styles["kop_address"]) for line in letterhead.address.splitlines() if line.strip()]
    logo: Any = ""
    if letterhead.logo and Path(letterhead.logo).is_file():
        try:
            logo = Image(letterhead.logo, width=22 * mm, height=22 * mm, kind="proportional")
        except OSError:
            logo = ""  # an unreadable logo leaves the kop without it, never the report unwritten
    table = Table([[logo, lines]], colWidths=[26 * mm, _WIDTH - 26 * mm], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 2, colors.black),
            ]
        )
    )
    return [table, Spacer(1, 1 * mm), HRFlowable(width="100%", thickness=0.6, color=colors.black), Spacer(1, 4 * mm)]


def _signature(report: ComplianceReport, letterhead: Letterhead, styles: dict[str, Any]) -> list[Any]:
    """Place and date, position, room to sign, name and NIP, on the right as official letters have it."""
    if not letterhead.has_signature:
        return []
    made = report.generated_at.astimezone(LOCAL_TZ).date()
    place = f"{letterhead.place}, " if letterhead.place else ""
    lines = [f"{place}{long_date(made)}", letterhead.signer_position, "", "", ""]
    lines += [f"<u><b>{escape(letterhead.signer_name)}</b></u>" if letterhead.signer_name else ""]
    if letterhead.signer_nip:
        lines.append(f"NIP. {escape(letterhead.signer_nip)}")
    block = [
        Paragraph(line if line.startswith("<u>") or line.startswith("NIP") else escape(line), styles["body"])
        for line in lines
    ]
    table = Table([["", block]], colWidths=[_WIDTH * 0.55, _WIDTH * 0.45])
    return [Spacer(1, 10 * mm), KeepTogether(table)]


def _story(report: ComplianceReport, styles: dict[str, Any]) -> list[Any]:
    r = report
    made = r.generated_at.astimezone(LOCAL_TZ)
    story: list[Any] = [
        _p(TITLE, styles["title"]),
        _p(r.scope_name, styles["scope"]),
        _p(f"Periode: {period_text(r)}", styles["period"]),
        _p(
            "Setiap perangkat daerah, BUMD, kecamatan dan desa diminta menerbitkan sekurang-kurangnya satu konten "
            "per hari di akun resmi agar tidak mati suri. Laporan ini menghitung hari dengan minimal satu "
            f"publikasi tercatat ({basis_text(r.options.basis)}); publikasi unit kerja dihitung untuk instansi "
            "induknya.",
            styles["body"],
        ),
        _p("1. Ringkasan", styles["h2"]),
        _table(("Uraian", "Nilai"), summary_figures(r), (0.45, 0.55), styles),
        _p("2. Kepatuhan harian per instansi", styles["h2"]),
    ]
    rows = agency_rows(r)
    if rows:
        for start in range(0, len(rows), _BARS_PER_CHART):
            story.append(_compliance_chart(rows[start : start + _BARS_PER_CHART]))
        story.append(Spacer(1, 4))
        story.append(
            _table(
                ("No", "Instansi", "Publikasi", "Hari aktif", "Kepatuhan", "Beruntun terpanjang"),
                [
                    (n, name, pubs, f"{act} / {days}", f"{pct:.1f}%".replace(".", ","), streak)
                    for n, name, pubs, act, days, pct, streak, _missed in rows
                ],
                (0.06, 0.46, 0.12, 0.12, 0.12, 0.12),
                styles,
            )
        )
    else:
        story.append(_p("Tidak ada instansi dalam cakupan laporan ini.", styles["body"]))
    story.append(_p("3. Kalender aktivitas", styles["h2"]))
    story.append(
        _p(
            "Warna tiap hari menunjukkan bagian instansi yang terbit pada hari itu: merah muda berarti tidak ada, "
            "hijau tua berarti semua; abu-abu muda adalah hari yang tidak dihitung.",
            styles["note"],
        )
    )
    story.extend(_calendar(r.activity.days, r))
    story.append(_p("4. Publikasi per platform", styles["h2"]))
    platforms = platform_rows(r)
    if platforms:
        story.append(
            KeepTogether(
                [
                    _platform_chart(platforms),
                    _table(
                        PLATFORM_HEADERS,
                        [(name, count, f"{share:.1f}".replace(".", ",")) for name, count, share in platforms],
                        (0.4, 0.3, 0.3),
                        styles,
                    ),
                ]
            )
        )
    else:
        story.append(_p("Tidak ada publikasi dalam periode ini.", styles["body"]))
    story.append(_p("5. Instansi paling aktif", styles["h2"]))
    story.append(_table(LEADERBOARD_HEADERS, leaderboard_rows(r), (0.12, 0.58, 0.15, 0.15), styles))
    story.append(_p(f"6. Akun resmi mati suri (≥ {r.options.dormant_days} hari tanpa publikasi)", styles["h2"]))
    quiet = dormant_rows(r)
    if quiet:
        story.append(_table(DORMANT_HEADERS, quiet, (0.3, 0.11, 0.2, 0.11, 0.16, 0.12), styles))
    else:
        story.append(_p("Tidak ada akun yang mati suri.", styles["body"]))
    a = r.approvals
    story.append(_p("7. Persetujuan konten", styles["h2"]))
    story.append(
        _p(
            f"{a.decisions} keputusan tinjauan dalam periode ini. Waktu dari pengajuan sampai keputusan: median "
            f"{hours_text(a.median_hours)}, persentil ke-90 {hours_text(a.p90_hours)}. "
            f"Disetujui pada pengajuan pertama: {percent_text(a.first_pass_rate)} "
            f"({a.first_pass} dari {a.first_decisions} post).",
            styles["body"],
        )
    )
    story.append(_p("8. Temuan lint pada konten yang terbit", styles["h2"]))
    lint = lint_rows(r)
    if lint:
        story.append(_table(LINT_HEADERS, lint, (0.6, 0.2, 0.2), styles))
    else:
        story.append(_p("Tidak ada temuan pada konten yang terbit.", styles["body"]))
    story.append(_p("9. Hari tanpa publikasi", styles["h2"]))
    missed = [(a.name, len(a.missed), day_ranges(a.missed)) for a in r.agencies if a.missed]
    if missed:
        story.append(_table(("Instansi", "Jumlah hari", "Tanggal"), missed, (0.35, 0.13, 0.52), styles))
    else:
        story.append(_p("Semua instansi terbit setiap hari yang dihitung.", styles["body"]))
    story.append(_p("10. Kepala rantai audit", styles["h2"]))
    story.append(
        _p(
            "Peristiwa terakhir rantai audit tiap instansi saat laporan dibuat. Salinan bertanda tangan menjadi "
            "jangkar: bila kelak peristiwa bernomor itu hilang atau hash-nya berbeda (opdstudio audit anchor), "
            "rantai telah diubah.",
            styles["body"],
        )
    )
    heads = [
        (h.organisation, h.seq, f"{h.at.astimezone(LOCAL_TZ):%d-%m-%Y %H.%M}", h.grouped_hash) for h in r.audit_heads
    ]
    if heads:
        story.append(
            _table(("Instansi", "Peristiwa ke-", "Waktu (WIB)", "Hash SHA-256"), heads, (0.3, 0.12, 0.16, 0.42), styles)
        )
    else:
        story.append(_p("Belum ada peristiwa audit.", styles["body"]))
    story.append(Spacer(1, 10))
    story.append(
        _p(
            f"Dibuat dengan OPD Studio pada {long_date(made.date())} pukul {made:%H.%M} WIB dari publikasi yang "
            "tercatat.",
            styles["note"],
        )
    )
    return story


def _compliance_chart(rows: Sequence[tuple[int, str, int, int, int, float, int, str]]) -> Drawing:
    height = 14 * len(rows) + 30
    drawing = Drawing(_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 175, 18
    chart.width, chart.height = _WIDTH - 200, height - 26
    chart.data = [[row[5] for row in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_short(row[1], 38) for row in reversed(rows)]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = _BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def _platform_chart(rows: Sequence[tuple[str, int, float]]) -> Drawing:
    drawing = Drawing(_WIDTH, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, _WIDTH - 60, 115
    chart.data = [[row[1] for row in rows]]
    chart.categoryAxis.categoryNames = [row[0] for row in rows]
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = _GREEN
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontSize = 7
    chart.barLabels.dy = 5
    drawing.add(chart)
    return drawing


def _calendar(days: list[DayActivity], report: ComplianceReport) -> list[Drawing]:
    """One drawing per row of three months; each day coloured by the share of agencies that published."""
    agencies = max(1, len(report.agencies))
    by_day = {d.day: d for d in days}
    months = sorted({(d.day.year, d.day.month) for d in days})
    cell, gap = 6.8 * mm, 8 * mm
    width = 7 * cell
    out = []
    for start in range(0, len(months), 3):
        drawing = Drawing(_WIDTH, 7 * cell + 14)
        for n, (y, m) in enumerate(months[start : start + 3]):
            x0 = n * (width + gap)
            top = 7 * cell + 2
            drawing.add(String(x0, top, f"{MONTHS[m - 1]} {y}", fontName="Helvetica-Bold", fontSize=8))
            for col, name in enumerate(_WEEKDAYS):
                drawing.add(String(x0 + col * cell + 2, top - 10, name, fontName="Helvetica", fontSize=6))
            for week, row in enumerate(calendar.Calendar().monthdatescalendar(y, m)):
                for col, d in enumerate(row):
                    if d.month != m:
                        continue
                    x, yy = x0 + col * cell, top - 12 - (week + 1) * cell
                    fill, label = _day_colour(by_day.get(d), agencies)
                    drawing.add(Rect(x, yy, cell - 1, cell - 1, fillColor=fill, strokeColor=colors.white))
                    drawing.add(String(x + 2, yy + 2, str(d.day), fontName="Helvetica", fontSize=6, fillColor=label))
        out.append(drawing)
    out.append(_legend())
    return out


def _legend() -> Drawing:
    drawing = Drawing(_WIDTH, 14)
    x = 0.0
    for fill, text in (
        (_MISSED, "tidak ada yang terbit"),
        (colors.HexColor("#C7E9C0"), "sebagian"),
        (colors.HexColor("#1B7F37"), "semua instansi terbit"),
        (_NOT_COUNTED, "tidak dihitung"),
    ):
        drawing.add(Rect(x, 2, 9, 9, fillColor=fill, strokeColor=colors.lightgrey))
        drawing.add(String(x + 12, 3, text, fontName="Helvetica", fontSize=7))
        x += 20 + 4 * len(text)
    return drawing


def _day_colour(day: DayActivity | None, agencies: int) -> tuple[colors.Color, colors.Color]:
    """Fill and label colour of a calendar day (outside the period: blank)."""
    if day is None:
        return colors.white, colors.lightgrey
    if not day.counted:
        return _NOT_COUNTED, colors.grey
    share = day.active_agencies / agencies
    if share == 0:
        return _MISSED, colors.black
    light, dark = colors.HexColor("#C7E9C0"), colors.HexColor("#1B7F37")
    mixed = colors.linearlyInterpolatedColor(light, dark, 0, 1, share)
    return mixed, colors.white if share > 0.55 else colors.black


def _short(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
