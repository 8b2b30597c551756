"""Display names for stored codes (status, role, platform) in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: str) -> str:
    return {
        "draft": _t("Draf"),
        "in_review": _t("Menunggu tinjauan"),
        "changes_requested": _t("Perlu perbaikan"),
        "approved": _t("Disetujui"),
        "published": _t("Terpublikasi"),
        "rejected": _t("Ditolak"),
    }.get(status, status)


def role_label(role: str) -> str:
    return {
        "admin": _t("Admin media sosial"),
        "reviewer": _t("Atasan (peninjau)"),
        "oversight": _t("Pengawas Diskominfo"),
        "operator": _t("Operator TI Diskominfo"),
    }.get(role, role)


def platform_label(platform: str) -> str:
    return {
        "facebook": "Facebook",
        "instagram": "Instagram",
        "tiktok": "TikTok",
        "youtube": "YouTube",
        "x": "X",
        "website": _t("Situs web"),
    }.get(platform, platform)


def account_status_label(status: str) -> str:
    return {"active": _t("Aktif"), "dormant": _t("Mati suri"), "closed": _t("Ditutup")}.get(status, status)


STATUSES = ("draft", "in_review", "changes_requested", "approved", "published", "rejected")
PLATFORMS = ("facebook", "instagram", "tiktok", "youtube", "x", "website")
ROLES = ("admin", "reviewer", "oversight", "operator")
