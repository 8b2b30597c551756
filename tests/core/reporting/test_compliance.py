"""The compliance report of the town's week, checked against figures worked out by hand (see town.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from opdstudio.core.domain.enums import AuditAction
from opdstudio.core.reporting.approvals import percentile, rounds_of
from opdstudio.core.reporting.compliance import longest_streak
from opdstudio.core.reporting.periods import DayBasis, parse_period
from opdstudio.core.reporting.report import ComplianceReport, ReportOptions, build_report
from opdstudio.core.reporting.report_tables import day_ranges, hours_text, summary_figures
from opdstudio.core.storage.database import Database
from tests.core.reporting.town import WEEK, Town, day, wib

AFTER = date(2026, 1, 1)  # "today" well after the week
KOMINFO = "Dinas Komunikasi dan Informatika"
AIR_MELES = "Desa Air Meles Atas"


def _report(db: Database, scope: str | None = None, **options: object) -> ComplianceReport:
    with db.session() as s:
        return build_report(s, WEEK, scope, ReportOptions(**options), today=AFTER)  # type: ignore[arg-type]


def test_days_with_content_streaks_and_missed_days_per_agency(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    report = _report(db, dormant_days=3)
    table = [(a.name, a.publications, a.active_days, a.days, a.longest_streak, a.missed) for a in report.agencies]
    assert table == [
        (AIR_MELES, 7, 7, 7, 7, ()),
        (KOMINFO, 7, 6, 7, 4, (day(2),)),  # Wednesday: 06:30 WIB Thursday is Wednesday in UTC
        ("Dinas Kesehatan", 1, 1, 7, 1, (day(0), *(day(n) for n in range(2, 7)))),
        ("Desa Talang Benih", 0, 0, 7, 0, tuple(day(n) for n in range(7))),
        ("Kecamatan Curup Tengah", 0, 0, 7, 0, tuple(day(n) for n in range(7))),
    ]
    assert report.agencies[1].compliance == pytest.approx(6 / 7)
    assert report.average_compliance == pytest.approx((1 + 6 / 7 + 1 / 7) / 5)
    assert [a.name for a in report.leaderboard] == [
        AIR_MELES,
        KOMINFO,
        "Dinas Kesehatan",
        "Desa Talang Benih",
        "Kecamatan Curup Tengah",
    ]


def test_working_days_count_monday_to_friday_only(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    report = _report(db, basis=DayBasis.WORKING)
    kominfo = next(a for a in report.agencies if a.name == KOMINFO)
    assert (kominfo.active_days, kominfo.days, kominfo.longest_streak, kominfo.missed) == (4, 5, 2, (day(2),))
    assert kominfo.publications == 7  # weekend publications still count as publications
    assert [d.counted for d in report.activity.days] == [True] * 5 + [False] * 2


def test_days_and_platforms(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    report = _report(db)
    days = [(d.day, d.publications, d.active_agencies) for d in report.activity.days]
    assert days == [
        (day(0), 3, 2),
        (day(1), 3, 3),
        (day(2), 1, 1),
        (day(3), 2, 2),
        (day(4), 2, 2),
        (day(5), 2, 2),
        (day(6), 2, 2),
    ]
    assert [(p.platform, p.publications) for p in report.activity.platforms] == [("facebook", 13), ("instagram", 2)]
    assert report.activity.publications == 15


def test_a_unit_counts_for_its_agency_and_scopes_limit_the_report(town_db: tuple[Database, Town]) -> None:
    db, town = town_db
    bidang = _report(db, town.bidang)
    assert [(a.name, a.publications, a.active_days) for a in bidang.agencies] == [(KOMINFO, 3, 2)]
    assert bidang.scope_name == "Bidang Informasi dan Komunikasi Publik"
    kominfo = _report(db, town.kominfo)
    assert [(a.name, a.publications) for a in kominfo.agencies] == [(KOMINFO, 7)]
    assert [(p.platform, p.publications) for p in kominfo.activity.platforms] == [("facebook", 6), ("instagram", 1)]
    kecamatan = _report(db, town.kecamatan)
    assert [a.name for a in kecamatan.agencies] == [AIR_MELES, "Desa Talang Benih", "Kecamatan Curup Tengah"]
    assert _report(db).scope_name == "Pemerintah Kabupaten Rejang Lebong"


def test_dormant_accounts_after_n_quiet_days_never_used_first_closed_ones_left_out(
    town_db: tuple[Database, Town],
) -> None:
    db, _town = town_db
    quiet = _report(db, dormant_days=3).dormant
    assert [(a.organisation, a.platform, a.last_published) for a in quiet] == [
        ("Desa Talang Benih", "instagram", None),
        ("Dinas Kesehatan", "tiktok", None),
        (KOMINFO, "instagram", wib(day(0), 10)),
        ("Dinas Kesehatan", "instagram", wib(day(1), 9)),
    ]
    assert quiet[2].idle_days(day(6)) == 6
    assert [a.platform for a in _report(db, dormant_days=7).dormant] == ["instagram", "tiktok"]


def test_approval_turnaround_and_first_pass_rate(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    a = _report(db).approvals
    # rounds decided in the week: 1, 3 + 2, 2, 4, 8, 0.5, 1 and seven of 1 hour (p0 was decided before)
    assert a.decisions == 15
    assert a.median_hours == 1.0
    assert a.p90_hours == 4.0  # 14th of 15 sorted values
    assert (a.first_pass, a.first_decisions) == (13, 14)
    assert a.first_pass_rate == pytest.approx(13 / 14)


def test_lint_findings_by_category_of_the_published_posts(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    lint = _report(db).lint
    assert [(c.category, c.findings, c.posts) for c in lint] == [("flexing", 3, 1), ("profanity", 1, 1)]


def test_a_running_period_counts_up_to_today(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    with db.session() as s:
        report = build_report(s, parse_period("2025-11"), today=day(2))
    assert (report.period.first, report.period.last) == (date(2025, 11, 1), day(2))
    assert report.requested.last == date(2025, 11, 30)
    kominfo = next(a for a in report.agencies if a.name == KOMINFO)
    assert (kominfo.publications, kominfo.active_days, kominfo.days) == (4, 3, 5)  # Sun 2 ig, Mon ×2, Tue


def test_summary_figures_in_indonesian(town_db: tuple[Database, Town]) -> None:
    db, _town = town_db
    figures = dict(summary_figures(_report(db, dormant_days=3)))
    assert figures["Periode"] == "3 November 2025 – 9 November 2025"
    assert figures["Rata-rata kepatuhan harian"] == "40,0%"
    assert figures["Instansi patuh penuh (100%)"] == "1"
    assert figures["Akun mati suri (≥ 3 hari tanpa publikasi)"] == "4"
    assert figures["Median waktu persetujuan"] == "1 jam"
    assert figures["Disetujui pada pengajuan pertama"] == "92,9%"


def test_small_helpers() -> None:
    assert longest_streak([True, True, False, True, True, True, False]) == 3
    assert longest_streak([]) == 0
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.9) == 5.0 and percentile([1.0, 2.0], 0.5) == 1.0
    assert day_ranges((day(0), day(2), day(3), day(4))) == "3 Nov 2025; 5–7 Nov 2025"
    assert day_ranges((date(2025, 10, 31), date(2025, 11, 1))) == "31 Okt 2025 – 1 Nov 2025"
    assert (hours_text(0.5), hours_text(26), hours_text(None)) == ("0,5 jam", "1 hari 2 jam", "–")


def test_rounds_end_with_a_decision_not_with_a_withdrawal() -> None:
    t = datetime(2025, 11, 3, tzinfo=UTC)
    h = timedelta(hours=1)
    events = [
        ("a", t, AuditAction.SUBMITTED, {}),
        ("a", t + h, AuditAction.WITHDRAWN, {}),
        ("a", t + 2 * h, AuditAction.SUBMITTED, {}),
        ("a", t + 3 * h, AuditAction.LEVEL_APPROVED, {}),
        ("a", t + 5 * h, AuditAction.APPROVED, {}),
        ("b", t, AuditAction.SUBMITTED, {"already_approved": True}),
        ("b", t + h, AuditAction.APPROVED, {}),
    ]
    rounds = rounds_of(events)
    assert [(r.submitted_at, r.decided_at, r.decision) for r in rounds["a"]] == [(t + 2 * h, t + 5 * h, "approved")]
    assert "b" not in rounds
