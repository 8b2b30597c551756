"""Display names for stored codes (status, role, platform) in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from opdstudio.core.reporting.periods import Period, PeriodKind

translate = QCoreApplication.translate
_ROMAN = ("I", "II", "III", "IV")


def ui_locale() -> QLocale:
    """The locale of the UI language (its translation names it), whatever the computer's own locale."""
    return QLocale(translate("Labels", "id_ID", "locale of the UI language"))


def long_date_label(day: QDate) -> str:
    """``1 Oktober 2025`` / ``1 October 2025``: the month named in the UI language."""
    return ui_locale().toString(day, "d MMMM yyyy")


def period_label(period: Period) -> str:
    """A reporting period named in the UI language ("Oktober 2025", "Triwulan III 2025" / "Q3 2025" …)."""
    first, y = period.first, period.first.year
    if period.kind == PeriodKind.MONTH:
        return f"{ui_locale().standaloneMonthName(first.month)} {y}"
    if period.kind == PeriodKind.QUARTER:
        return translate("Labels", "Triwulan {n} {year}").format(n=_ROMAN[(first.month - 1) // 3], year=y)
    if period.kind == PeriodKind.SEMESTER:
        return translate("Labels", "Semester {n} {year}").format(n=_ROMAN[(first.month - 1) // 6], year=y)
    if period.kind == PeriodKind.YEAR:
        return translate("Labels", "Tahun {year}").format(year=y)
    return f"{long_date_label(QDate(first))} – {long_date_label(QDate(period.last))}"


def status_label(status: str) -> str:
    return {
        "draft": translate("Labels", "Draf"),
        "in_review": translate("Labels", "Menunggu tinjauan"),
        "changes_requested": translate("Labels", "Perlu perbaikan"),
        "approved": translate("Labels", "Disetujui"),
        "published": translate("Labels", "Terpublikasi"),
        "rejected": translate("Labels", "Ditolak"),
    }.get(status, status)


def role_label(role: str) -> str:
    return {
        "admin": translate("Labels", "Admin media sosial"),
        "reviewer": translate("Labels", "Atasan (peninjau)"),
        "oversight": translate("Labels", "Pengawas Diskominfo"),
        "operator": translate("Labels", "Operator TI Diskominfo"),
    }.get(role, role)


def platform_label(platform: str) -> str:
    return {
        "facebook": "Facebook",
        "instagram": "Instagram",
        "tiktok": "TikTok",
        "youtube": "YouTube",
        "x": "X",
        "website": translate("Labels", "Situs web"),
    }.get(platform, platform)


def account_status_label(status: str) -> str:
    return {
        "active": translate("Labels", "Aktif"),
        "dormant": translate("Labels", "Mati suri"),
        "closed": translate("Labels", "Ditutup"),
    }.get(status, status)


STATUSES = ("draft", "in_review", "changes_requested", "approved", "published", "rejected")
PLATFORMS = ("facebook", "instagram", "tiktok", "youtube", "x", "website")
ROLES = ("admin", "reviewer", "oversight", "operator")


def org_kind_label(kind: str) -> str:
    return {
        "pemkab": translate("Labels", "Pemerintah kabupaten/kota"),
        "dinas": translate("Labels", "Dinas"),
        "badan": translate("Labels", "Badan"),
        "kecamatan": translate("Labels", "Kecamatan"),
        "kelurahan": translate("Labels", "Kelurahan"),
        "desa": translate("Labels", "Desa"),
        "sekolah": translate("Labels", "Sekolah"),
        "puskesmas": translate("Labels", "Puskesmas"),
        "bumd": translate("Labels", "BUMD"),
        "bidang": translate("Labels", "Bidang / unit kerja"),
    }.get(kind, kind)
