"""The regent's daily minimum: days with at least one publication per agency, streaks, missed days; per-day
and per-platform counts. Days are local (WIB) days; units count for their agency."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..domain.models import OfficialAccount, Post, Publication
from ..services.queries import LOCAL_TZ, local_day_bounds
from .agencies import Agency, AgencyMap
from .periods import DayBasis, Period


@dataclass(frozen=True)
class AgencyCompliance:
    """One agency's record over the counted days of a period."""

    organisation_id: str
    name: str
    kind: str
    publications: int
    active_days: int
    days: int
    longest_streak: int
    missed: tuple[date, ...]

    @property
    def compliance(self) -> float:
        """Share of the counted days with at least one publication."""
        return self.active_days / self.days if self.days else 0.0


@dataclass(frozen=True)
class DayActivity:
    """One calendar day of the period: publications and how many of the agencies published."""

    day: date
    publications: int
    active_agencies: int
    counted: bool  # whether the day counts for the daily minimum (a working day, or any day)


@dataclass(frozen=True)
class PlatformCount:
    platform: str
    publications: int


@dataclass(frozen=True)
class Activity:
    """Compliance per agency, the days and the platforms of a period."""

    agencies: list[AgencyCompliance]  # most compliant first
    days: list[DayActivity]
    platforms: list[PlatformCount]  # most used first
    publications: int


def local_date(column: Any, dialect: str) -> Any:
    """SQL for the local (WIB) calendar day of a stored UTC instant."""
    if dialect == "sqlite":
        offset = datetime.now(LOCAL_TZ).utcoffset()
        seconds = int(offset.total_seconds()) if offset else 0
        return func.date(column, f"{seconds:+d} seconds")
    return func.date(func.timezone(str(LOCAL_TZ), column))


def longest_streak(active: list[bool]) -> int:
    """The longest run of True."""
    best = run = 0
    for hit in active:
        run = run + 1 if hit else 0
        best = max(best, run)
    return best


def activity(
    session: Session, period: Period, agencies: AgencyMap, scope: set[str] | None, basis: DayBasis = DayBasis.ALL
) -> Activity:
    """Publications of ``scope``'s organisations (all when None) in ``period``, grouped by agency, day and
    platform."""
    start, _ = local_day_bounds(period.first)
    _, end = local_day_bounds(period.last)
    day = local_date(col(Publication.published_at), session.get_bind().dialect.name).label("day")
    stmt = (
        select(col(Post.organisation_id), day, col(OfficialAccount.platform), func.count())
        .select_from(Publication)
        .join(Post, col(Post.id) == col(Publication.post_id))
        .join(OfficialAccount, col(OfficialAccount.id) == col(Publication.account_id))
        .where(
            col(Publication.published_at) >= start,
            col(Publication.published_at) < end,
            col(Publication.deleted_at).is_(None),
        )
        .group_by(col(Post.organisation_id), day, col(OfficialAccount.platform))
    )
    per_agency: dict[str, int] = defaultdict(int)
    agency_days: dict[str, set[date]] = defaultdict(set)
    per_day: dict[date, int] = defaultdict(int)
    per_platform: dict[str, int] = defaultdict(int)
    total = 0
    for org_id, on, platform, count in session.exec(stmt).all():
        if scope is not None and org_id not in scope:
            continue
        on = on if isinstance(on, date) else date.fromisoformat(on)
        total += count
        per_day[on] += count
        per_platform[platform] += count
        agency = agencies.rollup.get(org_id)
        if agency is not None:
            per_agency[agency] += count
            agency_days[agency].add(on)
    counted = period.days(basis)
    counted_set = set(counted)
    ranked = agencies.within(scope) if scope is not None else sorted(agencies.agencies.values(), key=lambda a: a.name)
    rows = [_agency_row(a, per_agency[a.id], agency_days[a.id], counted) for a in ranked]
    rows.sort(key=lambda r: (-r.compliance, -r.publications, r.name))
    days = [
        DayActivity(d, per_day[d], sum(1 for a in ranked if d in agency_days[a.id]), d in counted_set)
        for d in period.days(DayBasis.ALL)
    ]
    platforms = sorted(
        (PlatformCount(p, n) for p, n in per_platform.items()), key=lambda p: (-p.publications, p.platform)
    )
    return Activity(rows, days, platforms, total)


def _agency_row(agency: Agency, publications: int, active: set[date], counted: list[date]) -> AgencyCompliance:
    hits = [d in active for d in counted]
    return AgencyCompliance(
        organisation_id=agency.id,
        name=agency.name,
        kind=agency.kind,
        publications=publications,
        active_days=sum(hits),
        days=len(counted),
        longest_streak=longest_streak(hits),
        missed=tuple(d for d, hit in zip(counted, hits, strict=True) if not hit),
    )
