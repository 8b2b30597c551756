"""The compliance report of a period: what the screen shows and the XLSX, CSV and PDF exports carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from ..domain.enums import OrgKind
from ..domain.models import Organisation
from ..domain.types import utcnow
from ..services.queries import LOCAL_TZ, local_day_bounds
from .agencies import agency_map, scope_orgs
from .approvals import ApprovalStats, approval_stats
from .audit_heads import ChainHead, chain_heads
from .compliance import Activity, AgencyCompliance, activity
from .dormancy import AccountActivity, account_activity, dormant
from .lint_summary import LintCount, lint_counts, published_posts
from .periods import DayBasis, Period
from .publication_log import Cancelled, Progress

ALL_AGENCIES = "Semua instansi"


@dataclass(frozen=True)
class ReportOptions:
    basis: DayBasis = DayBasis.ALL  # which days the daily minimum applies to
    dormant_days: int = 7  # an account is dormant after this many days without a publication


@dataclass(frozen=True)
class ComplianceReport:
    scope_name: str
    scope_id: str | None
    period: Period  # the days counted: the requested period, cut at the day it was made
    requested: Period
    options: ReportOptions
    activity: Activity
    dormant: list[AccountActivity]
    approvals: ApprovalStats
    lint: list[LintCount]
    generated_at: datetime = field(default_factory=utcnow)
    audit_heads: list[ChainHead] = field(default_factory=list)  # when the report was made

    @property
    def agencies(self) -> list[AgencyCompliance]:
        """Agencies, most compliant first."""
        return self.activity.agencies

    @property
    def leaderboard(self) -> list[AgencyCompliance]:
        """Agencies by publications, then active days."""
        return sorted(self.activity.agencies, key=lambda a: (-a.publications, -a.active_days, a.name))

    @property
    def average_compliance(self) -> float:
        rows = self.activity.agencies
        return sum(r.compliance for r in rows) / len(rows) if rows else 0.0


def scope_name(session: Session, scope_id: str | None) -> str:
    """The organisation's name, or the Pemkab's when the report covers everything."""
    if scope_id is not None:
        org = session.get(Organisation, scope_id)
        return org.name if org else scope_id
    roots = session.exec(
        select(Organisation.name).where(Organisation.kind == OrgKind.PEMKAB, col(Organisation.deleted_at).is_(None))
    ).all()
    return roots[0] if len(roots) == 1 else ALL_AGENCIES


def build_report(
    session: Session,
    period: Period,
    scope_id: str | None = None,
    options: ReportOptions | None = None,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ComplianceReport:
    """Compliance, dormant accounts, approvals and lint of ``scope_id`` (with its units; None: every agency)."""
    options = options or ReportOptions()
    today = today or datetime.now(LOCAL_TZ).date()
    counted = period.until(today)
    start, _ = local_day_bounds(counted.first)
    _, end = local_day_bounds(counted.last)
    say = progress or (lambda _d, _t, _m: None)
    scope = scope_orgs(session, scope_id)
    say(0, 4, "Menghitung publikasi per hari…")
    figures = activity(session, counted, agency_map(session), scope, options.basis)
    say(1, 4, "Memeriksa akun yang mati suri…")
    quiet = dormant(account_activity(session, scope, before=end), counted.last, options.dormant_days)
    say(2, 4, "Menghitung waktu persetujuan…")
    approvals = approval_stats(session, start, end, scope)
    say(3, 4, "Memeriksa temuan lint konten yang terbit…")
    posts = published_posts(session, start, end, scope)
    lint = lint_counts(session, posts, lambda d, t: say(3, 4, f"Lint: {d} dari {t} post…"), cancelled)
    say(4, 4, "Laporan siap.")
    return ComplianceReport(
        scope_name=scope_name(session, scope_id),
        scope_id=scope_id,
        period=counted,
        requested=period,
        options=options,
        activity=figures,
        dormant=quiet,
        approvals=approvals,
        lint=lint,
        audit_heads=chain_heads(session, scope),
    )
