"""The last publication of every official account, and the accounts gone quiet ("mati suri")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from ..domain.enums import AccountStatus
from ..domain.models import OfficialAccount, Organisation, Publication
from ..services.queries import LOCAL_TZ


@dataclass(frozen=True)
class AccountActivity:
    """An official account and when it last published (None: never)."""

    account_id: str
    organisation_id: str
    organisation: str
    platform: str
    handle: str
    url: str
    status: str
    last_published: datetime | None

    def idle_days(self, day: date) -> int | None:
        """Whole local days from the last publication to ``day`` (None when it never published)."""
        if self.last_published is None:
            return None
        return (day - self.last_published.astimezone(LOCAL_TZ).date()).days


def account_activity(
    session: Session, scope: set[str] | None = None, before: datetime | None = None
) -> list[AccountActivity]:
    """Live accounts of ``scope``'s organisations (all when None) with their last publication before ``before``."""
    last = select(Publication.published_at).where(
        col(Publication.account_id) == col(OfficialAccount.id), col(Publication.deleted_at).is_(None)
    )
    if before is not None:
        last = last.where(col(Publication.published_at) < before)
    latest = last.order_by(col(Publication.published_at).desc()).limit(1).scalar_subquery()
    stmt = (
        select(OfficialAccount, Organisation.name, latest)
        .join(Organisation, col(Organisation.id) == col(OfficialAccount.organisation_id))
        .where(col(OfficialAccount.deleted_at).is_(None))
        .order_by(col(Organisation.name), col(OfficialAccount.platform), col(OfficialAccount.handle))
    )
    if scope is not None:
        stmt = stmt.where(col(OfficialAccount.organisation_id).in_(scope))
    return [
        AccountActivity(a.id, a.organisation_id, org, a.platform, a.handle, a.url, a.status, at)
        for a, org, at in session.exec(stmt).all()
    ]


def dormant(accounts: list[AccountActivity], day: date, days: int) -> list[AccountActivity]:
    """Accounts not closed that published nothing in the ``days`` days up to ``day`` (never-used ones first)."""
    quiet = [
        a for a in accounts if a.status != AccountStatus.CLOSED and ((idle := a.idle_days(day)) is None or idle >= days)
    ]
    return sorted(quiet, key=lambda a: (a.last_published.timestamp() if a.last_published else 0.0, a.organisation))
