"""Diskominfo's view of the official account registry: every account with its last publication, the agencies
that had not reported an account by the deadline, and the villages without the required Facebook account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from ..domain.enums import AccountStatus
from ..domain.models import Organisation
from ..services.accounts import AccountRow, list_accounts
from .agencies import VILLAGE_KINDS, Agency, agency_map
from .dormancy import account_activity

DEADLINE_SETTING = "registry_deadline"  # the reporting deadline Diskominfo set (ISO date), kept in the profile


@dataclass(frozen=True)
class RegistryEntry:
    account: AccountRow
    kind: str  # the organisation's kind
    last_published: datetime | None


@dataclass(frozen=True)
class RegistryOverview:
    deadline: date
    entries: list[RegistryEntry]
    unreported: list[Agency]  # agencies with no account (theirs or a unit's) reported on or before the deadline
    villages_without_facebook: list[Agency]  # by the deadline


def registry_overview(session: Session, deadline: date, scope: set[str] | None = None) -> RegistryOverview:
    """The registry of ``scope``'s organisations (all when None) as of ``deadline``."""
    accounts = list_accounts(session, sorted(scope) if scope is not None else None)
    last = {a.account_id: a.last_published for a in account_activity(session, scope)}
    agencies = agency_map(session)
    kinds = dict(session.exec(select(Organisation.id, Organisation.kind)).all())
    in_scope = [a for a in agencies.agencies.values() if scope is None or a.id in scope]
    reported = {
        agencies.rollup.get(a.organisation_id)
        for a in accounts
        if a.reported_on is not None and a.reported_on <= deadline
    }
    with_facebook = {  # an account reported only after the deadline was not there by the deadline
        a.organisation_id
        for a in accounts
        if a.platform == "facebook"
        and a.status != AccountStatus.CLOSED
        and (a.reported_on is None or a.reported_on <= deadline)
    }
    return RegistryOverview(
        deadline=deadline,
        entries=[RegistryEntry(a, kinds.get(a.organisation_id, ""), last.get(a.id)) for a in accounts],
        unreported=sorted((a for a in in_scope if a.id not in reported), key=lambda a: a.name),
        villages_without_facebook=sorted(
            (a for a in in_scope if a.kind in VILLAGE_KINDS and a.id not in with_facebook), key=lambda a: a.name
        ),
    )
