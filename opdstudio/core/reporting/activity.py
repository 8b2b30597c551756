"""Daily-activity figures per agency (the regent's one-publication-a-day minimum)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from ..domain.enums import OrgKind
from ..domain.models import Organisation, Post, Publication
from ..services.queries import LOCAL_TZ, local_day_bounds


@dataclass(frozen=True)
class AgencyActivity:
    organisation_id: str
    name: str
    publications: int
    active_days: int
    days: int

    @property
    def compliance(self) -> float:
        """Share of the period's days with at least one publication."""
        return self.active_days / self.days if self.days else 0.0


def agencies(session: Session) -> dict[str, str]:
    """Top-level agencies (children of a Pemkab, or roots that are not one) by id → name."""
    orgs = session.exec(select(Organisation).where(col(Organisation.deleted_at).is_(None))).all()
    pemkab = {o.id for o in orgs if o.kind == OrgKind.PEMKAB}
    return {o.id: o.name for o in orgs if (o.parent_id in pemkab) or (o.parent_id is None and o.kind != OrgKind.PEMKAB)}


def agency_of(session: Session) -> dict[str, str]:
    """Every organisation id → the top-level agency it rolls up into."""
    orgs = {o.id: o.parent_id for o in session.exec(select(Organisation)).all()}
    tops = agencies(session)
    out = {}
    for oid in orgs:
        current: str | None = oid
        seen = set()
        while current is not None and current not in tops and current not in seen:
            seen.add(current)
            current = orgs.get(current)
        if current in tops:
            out[oid] = current
    return out


def agency_activity(session: Session, first: date, last: date) -> list[AgencyActivity]:
    """Publications and active days of each agency (units rolled up) from ``first`` to ``last`` inclusive."""
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(last)
    rollup = agency_of(session)
    stmt = (
        select(Post.organisation_id, Publication.published_at)
        .join(Post, col(Post.id) == col(Publication.post_id))
        .where(
            col(Publication.published_at) >= start,
            col(Publication.published_at) < end,
            col(Publication.deleted_at).is_(None),
        )
    )
    counts: dict[str, int] = defaultdict(int)
    days: dict[str, set[date]] = defaultdict(set)
    for org_id, at in session.exec(stmt).all():
        agency = rollup.get(org_id)
        if agency is None:
            continue
        counts[agency] += 1
        days[agency].add(at.astimezone(LOCAL_TZ).date())
    period_days = (last - first + timedelta(days=1)).days
    rows = [
        AgencyActivity(aid, name, counts[aid], len(days[aid]), period_days) for aid, name in agencies(session).items()
    ]
    return sorted(rows, key=lambda r: (-r.active_days, -r.publications, r.name))
