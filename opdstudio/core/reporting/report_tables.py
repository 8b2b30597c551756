"""A compliance report as labelled figures and tables (Indonesian), shared by the CSV, XLSX and PDF exports."""

from __future__ import annotations

from datetime import date, timedelta

from .export_files import ACCOUNT_STATUS_NAMES, local_text, platform_name
from .periods import MONTHS, DayBasis, PeriodKind, long_date
from .report import ComplianceReport

LINT_CATEGORY_NAMES = {
    "flexing": "Pamer kemewahan (flexing)",
    "profanity": "Kata kasar / tidak sopan",
    "hate_sara": "Ujaran kebencian (SARA)",
    "hoax_unsourced": "Hoaks / klaim tanpa sumber",
    "provocation": "Provokasi",
    "radicalism": "Radikalisme",
    "pornography": "Pornografi",
    "personal_data": "Data pribadi warga",
    "election": "Netralitas pemilu",
    "confidential": "Kerahasiaan dokumen",
    "slang": "Bahasa tidak baku",
    "non_inclusive": "Bahasa tidak inklusif",
    "platform_limit": "Batas platform",
    "photo_privacy": "Privasi foto",
}
AGENCY_HEADERS = (
    "No",
    "Instansi",
    "Publikasi",
    "Hari aktif",
    "Hari dihitung",
    "Kepatuhan (%)",
    "Beruntun terpanjang",
    "Hari tanpa publikasi",
)
DORMANT_HEADERS = ("Instansi", "Platform", "Akun", "Status registri", "Terakhir terbit (WIB)", "Hari tanpa publikasi")
PLATFORM_HEADERS = ("Platform", "Publikasi", "Bagian (%)")
LINT_HEADERS = ("Kategori temuan", "Temuan", "Post")
LEADERBOARD_HEADERS = ("Peringkat", "Instansi", "Publikasi", "Hari aktif")


def basis_text(basis: DayBasis) -> str:
    return "hari kerja (Senin–Jumat)" if basis == DayBasis.WORKING else "semua hari"


def hours_text(hours: float | None) -> str:
    """``2,5 jam``, ``1 hari 3 jam`` or ``–``."""
    if hours is None:
        return "–"
    if hours < 24:
        return f"{hours:.1f}".replace(".", ",").removesuffix(",0") + " jam"
    days, rest = divmod(round(hours), 24)
    return f"{days} hari {rest} jam" if rest else f"{days} hari"


def percent_text(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f}".replace(".", ",") + "%"


def day_ranges(days: tuple[date, ...]) -> str:
    """Days compactly, as runs: ``5 Nov 2025; 8–9 Nov 2025``."""
    runs: list[tuple[date, date]] = []
    for d in days:
        if runs and d - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    parts = []
    for a, b in runs:
        if a == b:
            parts.append(_short(a))
        elif (a.year, a.month) == (b.year, b.month):
            parts.append(f"{a.day}–{_short(b)}")
        else:
            parts.append(f"{_short(a)} – {_short(b)}")
    return "; ".join(parts)


def _short(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def period_text(report: ComplianceReport) -> str:
    """``Oktober 2025 (1 Oktober 2025 – 21 Oktober 2025, sampai hari laporan dibuat)``."""
    span = f"{long_date(report.period.first)} – {long_date(report.period.last)}"
    if report.period.last < report.requested.last:
        span += ", sampai hari laporan dibuat"
    return span if report.requested.kind == PeriodKind.CUSTOM else f"{report.requested.label} ({span})"


Figure = tuple[str, str | int | float | None, str]  # label, value, kind: "text", "count", "share" or "hours"


def summary_values(report: ComplianceReport) -> list[Figure]:
    """The key figures, labelled, as values (a spreadsheet stores the numbers as numbers)."""
    rows = report.agencies
    a = report.approvals
    return [
        ("Instansi/organisasi", report.scope_name, "text"),
        ("Periode", period_text(report), "text"),
        ("Dasar hitung kewajiban harian", basis_text(report.options.basis), "text"),
        ("Jumlah hari dihitung", len(report.period.days(report.options.basis)), "count"),
        ("Jumlah instansi", len(rows), "count"),
        ("Rata-rata kepatuhan harian", report.average_compliance if rows else None, "share"),
        ("Instansi patuh penuh (100%)", sum(1 for r in rows if r.days and r.active_days == r.days), "count"),
        ("Instansi tanpa publikasi", sum(1 for r in rows if r.publications == 0), "count"),
        ("Jumlah publikasi", report.activity.publications, "count"),
        (f"Akun mati suri (≥ {report.options.dormant_days} hari tanpa publikasi)", len(report.dormant), "count"),
        ("Keputusan persetujuan", a.decisions, "count"),
        ("Median waktu persetujuan", a.median_hours, "hours"),
        ("Persentil ke-90 waktu persetujuan", a.p90_hours, "hours"),
        ("Disetujui pada pengajuan pertama", a.first_pass_rate, "share"),
    ]


def summary_figures(report: ComplianceReport) -> list[tuple[str, str]]:
    """The key figures as text, labelled (as the PDF prints them)."""

    def text(value: str | int | float | None, kind: str) -> str:
        if kind == "share":
            return percent_text(None if value is None else float(value))
        if kind == "hours":
            return hours_text(None if value is None else float(value))
        return str(value)

    return [(label, text(value, kind)) for label, value, kind in summary_values(report)]


def agency_rows(report: ComplianceReport) -> list[tuple[int, str, int, int, int, float, int, str]]:
    return [
        (
            n,
            r.name,
            r.publications,
            r.active_days,
            r.days,
            round(r.compliance * 100, 1),
            r.longest_streak,
            day_ranges(r.missed),
        )
        for n, r in enumerate(report.agencies, start=1)
    ]


def leaderboard_rows(report: ComplianceReport, top: int = 10) -> list[tuple[int, str, int, int]]:
    return [(n, r.name, r.publications, r.active_days) for n, r in enumerate(report.leaderboard[:top], start=1)]


def dormant_rows(report: ComplianceReport) -> list[tuple[str, str, str, str, str, str]]:
    day = report.period.last
    return [
        (
            a.organisation,
            platform_name(a.platform),
            a.handle,
            ACCOUNT_STATUS_NAMES.get(a.status, a.status),
            local_text(a.last_published) or "belum pernah",
            str(a.idle_days(day)) if a.last_published else "–",
        )
        for a in report.dormant
    ]


def platform_rows(report: ComplianceReport) -> list[tuple[str, int, float]]:
    total = report.activity.publications or 1
    return [
        (platform_name(p.platform), p.publications, round(p.publications * 100 / total, 1))
        for p in report.activity.platforms
    ]


def lint_rows(report: ComplianceReport) -> list[tuple[str, int, int]]:
    return [(LINT_CATEGORY_NAMES.get(c.category, c.category), c.findings, c.posts) for c in report.lint]
